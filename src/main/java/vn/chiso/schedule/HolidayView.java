package vn.chiso.schedule;

import java.time.LocalDate;

/** A holiday as screens show it. */
public record HolidayView(Long id, LocalDate day, String name) {

}
