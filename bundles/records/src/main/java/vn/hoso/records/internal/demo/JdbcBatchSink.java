package vn.hoso.records.internal.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes rows with JDBC batch inserts, one prepared statement per table. It works on every database
 * Hoso supports; PostgreSQL's COPY is faster for very large loads.
 */
public final class JdbcBatchSink implements RowSink, AutoCloseable {

  private final Connection connection;
  private final Map<Table, List<Object[]>> pending = new EnumMap<>(Table.class);
  private final Map<Table, PreparedStatement> statements = new EnumMap<>(Table.class);

  public JdbcBatchSink(Connection connection) {
    this.connection = connection;
  }

  @Override
  public void add(Table table, Object[] values) {
    if (values.length != table.columns().size()) {
      throw new IllegalArgumentException(
          values.length + " values for the " + table.columns().size() + " columns of " + table);
    }
    pending.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
  }

  @Override
  public void flush() throws SQLException {
    for (Table table : Table.values()) {
      List<Object[]> rows = pending.get(table);
      if (rows == null || rows.isEmpty()) {
        continue;
      }
      PreparedStatement statement = statements.get(table);
      if (statement == null) {
        statement = connection.prepareStatement(insert(table));
        statements.put(table, statement);
      }
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          if (row[i] == null) {
            statement.setNull(i + 1, table.type(i));
          } else {
            statement.setObject(i + 1, row[i]);
          }
        }
        statement.addBatch();
      }
      statement.executeBatch();
      rows.clear();
    }
  }

  @Override
  public void close() throws SQLException {
    SQLException failure = null;
    for (PreparedStatement statement : statements.values()) {
      try {
        statement.close();
      } catch (SQLException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    statements.clear();
    if (failure != null) {
      throw failure;
    }
  }

  private static String insert(Table table) {
    String columns = String.join(", ", table.columns());
    String placeholders =
        String.join(", ", java.util.Collections.nCopies(table.columns().size(), "?"));
    return "INSERT INTO " + table.tableName() + " (" + columns + ") VALUES (" + placeholders + ")";
  }
}
