package vn.hoso.security.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs work on one connection of the {@code hoso} DataSource, in a transaction.
 *
 * <p>The security tables use plain JDBC rather than JPA: JPA entities must live in the bundle of
 * their persistence unit, which is the records bundle, and four small tables with hand-written,
 * portable SQL are simpler to keep correct on H2 and PostgreSQL and to test without OSGi.
 */
public final class Database {

  /** Work on an open connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  public Database(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Runs the work in one transaction: commits when it returns, rolls back when it throws.
   *
   * @throws StoreException when a statement or the commit fails
   */
  public <T> T transaction(String description, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(description + " failed", e);
    }
  }

  private static void rollback(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}
