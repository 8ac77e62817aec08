package vn.hoso.warnings.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Streams CSV rows into a table with PostgreSQL's {@code COPY}, which stored a recomputation's rows
 * faster than batched inserts in the warnings benchmark. Callers check {@link #supports} first, so
 * the driver's classes are needed only on PostgreSQL.
 */
final class PostgresCopy {

  private PostgresCopy() {}

  /** Returns whether the connection reaches PostgreSQL through a driver this bundle can see. */
  static boolean supports(Connection connection) {
    try {
      return connection.isWrapperFor(PGConnection.class);
    } catch (SQLException | NoClassDefFoundError e) {
      return false;
    }
  }

  /** Copies {@code csv} into {@code table (columns)}; returns the number of rows copied. */
  static long copyCsv(Connection connection, String table, String columns, CharSequence csv)
      throws SQLException {
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    String sql = "COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)";
    try {
      return copy.copyIn(sql, new StringReader(csv.toString()));
    } catch (IOException e) {
      throw new SQLException("Failed to stream rows into table " + table, e);
    }
  }

  /** Appends one CSV field: quoted with inner quotes doubled, or empty for SQL NULL. */
  static void appendField(StringBuilder csv, String value) {
    if (value == null) {
      return;
    }
    csv.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        csv.append('"');
      }
      csv.append(c);
    }
    csv.append('"');
  }
}
