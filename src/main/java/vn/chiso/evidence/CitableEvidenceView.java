package vn.chiso.evidence;

import java.time.LocalDate;

/**
 * A file or document reference of an agency that another owner may cite, as a citation form offers it.
 *
 * @param key "F" + the file's id or "R" + the reference's id: one value for a form's choice
 * @param label the file's name, or the reference's "number – title"
 * @param ownerType the type of the owner it belongs to (PROGRESS_ENTRY, SCORE ...)
 * @param date the day the file was uploaded or the document issued
 */
public record CitableEvidenceView(String key, String label, String ownerType, LocalDate date) {
}
