package vn.hoso.records.internal.demo;

import java.sql.SQLException;

/**
 * Receives the rows the demo writer produces and writes them to the database, in batches. Rows are
 * written on {@link #flush} table by table in the order of {@link Table}, so that every row they
 * refer to is written first.
 */
public interface RowSink {

  /**
   * Takes one row.
   *
   * @param values one value per column of {@link Table#columns()}, in that order: {@code Long},
   *     {@code Integer}, {@code String}, {@code Boolean}, {@code LocalDate}, {@code BigDecimal},
   *     {@code byte[]}, {@code OffsetDateTime} or null
   */
  void add(Table table, Object[] values) throws SQLException;

  /** Writes every row taken since the last flush. */
  void flush() throws SQLException;
}
