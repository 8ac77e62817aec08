package vn.hoso.api.imports;

import java.util.Objects;

/**
 * Something wrong or changed in one cell or row of the file.
 *
 * @param row the 1-based row number in the file
 * @param column the column letter, for example {@code "E"}, or empty when the problem concerns the
 *     whole row
 * @param header the column's header text as written in the file, or empty
 * @param field the field the cell was read for, or null
 * @param severity whether the value was left out or only changed
 * @param code a stable code, for example {@code "date.two-digit-year"}; adapters document theirs
 * @param message a Vietnamese sentence for the user that names the value and what to do
 */
public record ImportProblem(
    long row,
    String column,
    String header,
    ImportField field,
    Severity severity,
    String code,
    String message) {

  public ImportProblem {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** How serious a problem is. */
  public enum Severity {
    /** The cell could not be read; its field is missing from the row's values. */
    ERROR,
    /** The value was read but changed or guessed, for example a leading zero restored. */
    WARNING
  }
}
