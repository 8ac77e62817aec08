package vn.hoso.importsupport.table;

import java.math.BigDecimal;
import java.util.Objects;
import vn.hoso.api.record.DatePrecision;

/**
 * One non-empty cell as an adapter read it.
 *
 * @param column the 0-based column index (A is 0)
 * @param kind the kind of value in the cell
 * @param text the text for {@link CellKind#TEXT}, {@code TRUE} or {@code FALSE} for a boolean, the
 *     error for {@link CellKind#ERROR}, and the number as written for numbers and dates
 * @param number the number for {@link CellKind#NUMBER}, the serial number for {@link
 *     CellKind#DATE}, otherwise null
 * @param datePrecision for {@link CellKind#DATE}, how much of the date the cell's format shows;
 *     otherwise null
 */
public record SheetCell(
    int column, CellKind kind, String text, BigDecimal number, DatePrecision datePrecision) {

  public SheetCell {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if ((kind == CellKind.NUMBER || kind == CellKind.DATE) != (number != null)) {
      throw new IllegalArgumentException("a number goes with NUMBER and DATE cells only: " + kind);
    }
    if ((kind == CellKind.DATE) != (datePrecision != null)) {
      throw new IllegalArgumentException("a date precision goes with DATE cells only");
    }
  }

  public static SheetCell text(int column, String text) {
    return new SheetCell(column, CellKind.TEXT, text, null, null);
  }

  public static SheetCell number(int column, BigDecimal number) {
    return new SheetCell(column, CellKind.NUMBER, number.toPlainString(), number, null);
  }

  public static SheetCell date(int column, BigDecimal serial, DatePrecision precision) {
    return new SheetCell(column, CellKind.DATE, serial.toPlainString(), serial, precision);
  }

  /** Whether the cell shows nothing: text made only of white space. */
  public boolean isBlank() {
    return kind == CellKind.TEXT && text.isBlank();
  }
}
