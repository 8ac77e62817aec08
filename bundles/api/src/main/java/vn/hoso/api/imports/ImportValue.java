package vn.hoso.api.imports;

import java.util.Objects;

/**
 * One value read for a field, and where it came from.
 *
 * @param value the value, of the type {@link ImportField#valueType()} names
 * @param row the 1-based row number of the cell in the file; for a unit taken from a section row,
 *     the row of that section row
 * @param column the column letter as a spreadsheet shows it, for example {@code "C"}
 * @param text the cell's content as read, before cleaning, for error reports
 */
public record ImportValue(Object value, long row, String column, String text) {

  public ImportValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(text, "text");
  }
}
