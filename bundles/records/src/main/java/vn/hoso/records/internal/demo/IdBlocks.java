package vn.hoso.records.internal.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Hands out identifiers from a sequence that increments by 50, the way EclipseLink takes them: each
 * value V the sequence returns reserves V - 49 to V. Values are fetched many at a time, so a large
 * load needs few round trips, and identifiers never collide with those the record service takes
 * from the same sequence.
 */
public final class IdBlocks {

  public static final int BLOCK = 50;

  private final Connection connection;
  private final String query;
  private final int valuesPerQuery;
  private final Deque<Long> blocks = new ArrayDeque<>();
  private long next;
  private long last = -1;

  /**
   * @param sequence the sequence, {@code record_id_seq} or {@code audit_log_id_seq}
   * @param postgres whether the database is PostgreSQL rather than H2
   * @param valuesPerQuery how many sequence values to fetch per round trip
   */
  public IdBlocks(Connection connection, String sequence, boolean postgres, int valuesPerQuery) {
    this.connection = connection;
    this.valuesPerQuery = valuesPerQuery;
    this.query =
        postgres
            ? "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)"
            : "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, ?)";
  }

  public long next() throws SQLException {
    if (next > last) {
      if (blocks.isEmpty()) {
        fetch();
      }
      long top = blocks.poll();
      next = top - (BLOCK - 1);
      last = top;
    }
    return next++;
  }

  private void fetch() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setInt(1, valuesPerQuery);
      try (ResultSet values = statement.executeQuery()) {
        while (values.next()) {
          blocks.add(values.getLong(1));
        }
      }
    }
    if (blocks.size() != valuesPerQuery) {
      throw new SQLException(
          "Expected " + valuesPerQuery + " sequence values, got " + blocks.size() + ": " + query);
    }
  }
}
