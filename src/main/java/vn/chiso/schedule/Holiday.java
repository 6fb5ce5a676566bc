package vn.chiso.schedule;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A public holiday or official day off (ngày nghỉ lễ, Tết). Added and removed, never edited. */
@Entity
@Table(name = "holiday")
class Holiday {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private LocalDate day;

	@Column(nullable = false, length = 200)
	private String name;

	protected Holiday() {
	}

	Holiday(LocalDate day, String name) {
		this.day = day;
		this.name = name;
	}

	Long getId() {
		return this.id;
	}

	LocalDate getDay() {
		return this.day;
	}

	String getName() {
		return this.name;
	}

	HolidayView toView() {
		return new HolidayView(this.id, this.day, this.name);
	}

}
