package vn.hoso.records.internal.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes rows with PostgreSQL's {@code COPY ... FROM STDIN} in text format, one COPY per table and
 * flush, in the order of {@link Table} so that referenced rows come first. It needs the PostgreSQL
 * driver's classes, so callers create it only on PostgreSQL.
 */
public final class CopySink implements RowSink {

  private static final HexFormat HEX = HexFormat.of();

  private final CopyManager copy;
  private final Map<Table, StringBuilder> pending = new EnumMap<>(Table.class);
  private final Map<Table, Long> rowCounts = new EnumMap<>(Table.class);

  public CopySink(CopyManager copy) {
    this.copy = copy;
  }

  /** Returns a sink that copies through this PostgreSQL connection. */
  public static CopySink on(Connection connection) throws SQLException {
    return new CopySink(connection.unwrap(PGConnection.class).getCopyAPI());
  }

  @Override
  public void add(Table table, Object[] values) {
    if (values.length != table.columns().size()) {
      throw new IllegalArgumentException(
          values.length + " values for the " + table.columns().size() + " columns of " + table);
    }
    StringBuilder text = pending.computeIfAbsent(table, t -> new StringBuilder(1 << 16));
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        text.append('\t');
      }
      appendValue(text, values[i]);
    }
    text.append('\n');
    rowCounts.merge(table, 1L, Long::sum);
  }

  @Override
  public void flush() throws SQLException {
    write(take());
  }

  /**
   * Returns the rows taken since the last flush or take as COPY input, by table in the order of
   * {@link Table}, and clears them from this sink. {@link #write} copies them, possibly on another
   * thread while this sink takes the next rows.
   */
  public Map<Table, byte[]> take() {
    Map<Table, byte[]> batch = new EnumMap<>(Table.class);
    for (Table table : Table.values()) {
      StringBuilder text = pending.get(table);
      if (text != null && text.length() > 0) {
        batch.put(table, text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
      }
    }
    return batch;
  }

  /** Copies rows that {@link #take} returned, one COPY per table. */
  public void write(Map<Table, byte[]> batch) throws SQLException {
    for (Map.Entry<Table, byte[]> rows : batch.entrySet()) {
      Table table = rows.getKey();
      String sql =
          "COPY "
              + table.tableName()
              + " ("
              + String.join(", ", table.columns())
              + ") FROM STDIN (FORMAT text)";
      try {
        copy.copyIn(sql, new ByteArrayInputStream(rows.getValue()));
      } catch (IOException e) {
        throw new SQLException("COPY into " + table.tableName() + " failed", e);
      }
    }
  }

  /** Returns the rows taken so far per table. */
  public Map<Table, Long> rowCounts() {
    return Map.copyOf(rowCounts);
  }

  /** Appends a value in COPY's text format: {@code \N} for null, special characters escaped. */
  private static void appendValue(StringBuilder text, Object value) {
    if (value == null) {
      text.append("\\N");
    } else if (value instanceof byte[] bytes) {
      // bytea in hex form; the backslash itself is escaped for the text format.
      text.append("\\\\x").append(HEX.formatHex(bytes));
    } else if (value instanceof Boolean flag) {
      text.append(flag ? 't' : 'f');
    } else if (value instanceof BigDecimal number) {
      text.append(number.toPlainString());
    } else if (value instanceof Long
        || value instanceof Integer
        || value instanceof LocalDate
        || value instanceof OffsetDateTime) {
      text.append(value);
    } else if (value instanceof String string) {
      appendEscaped(text, string);
    } else {
      throw new IllegalArgumentException("Unsupported value type " + value.getClass().getName());
    }
  }

  private static void appendEscaped(StringBuilder text, String value) {
    if (!needsEscape(value)) {
      // Appending the whole string copies its array; most values have nothing to escape.
      text.append(value);
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
  }

  private static boolean needsEscape(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
