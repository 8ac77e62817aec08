package vn.hoso.importsupport.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import vn.hoso.api.record.DatePrecision;

/** Builds sheets in memory for tests: a row is a list of cell values from column A. */
final class Rows implements RowSource {

  private final Iterator<SheetRow> rows;
  boolean closed;

  private Rows(List<SheetRow> rows) {
    this.rows = rows.iterator();
  }

  /** Rows numbered from 1; each value is a String, a BigDecimal, a {@link Date} or null. */
  static Rows of(Object[]... values) {
    List<SheetRow> rows = new ArrayList<>();
    for (int r = 0; r < values.length; r++) {
      rows.add(row(r + 1, values[r]));
    }
    return new Rows(rows);
  }

  static SheetRow row(long number, Object... values) {
    List<SheetCell> cells = new ArrayList<>();
    for (int c = 0; c < values.length; c++) {
      Object value = values[c];
      if (value instanceof String text) {
        cells.add(SheetCell.text(c, text));
      } else if (value instanceof BigDecimal decimal) {
        cells.add(SheetCell.number(c, decimal));
      } else if (value instanceof Date date) {
        cells.add(SheetCell.date(c, new BigDecimal(date.serial), date.precision));
      }
    }
    return new SheetRow(number, cells);
  }

  static Object[] r(Object... values) {
    return values;
  }

  static BigDecimal n(String number) {
    return new BigDecimal(number);
  }

  /** A date cell: an Excel serial number shown by a date format. */
  record Date(long serial, DatePrecision precision) {}

  @Override
  public SheetRow next() {
    return rows.hasNext() ? rows.next() : null;
  }

  @Override
  public void close() {
    closed = true;
  }
}
