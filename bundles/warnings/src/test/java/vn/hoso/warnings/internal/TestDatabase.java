package vn.hoso.warnings.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Databases the store tests run on, migrated with this bundle's own migrations. */
final class TestDatabase {

  static final String POSTGRES_URL_VARIABLE = "HOSO_TEST_PG_URL";

  private TestDatabase() {}

  /** Returns a new, empty in-memory H2 database with the warnings schema. */
  static DataSource h2() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:warnings-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return migrate(dataSource);
  }

  /**
   * Returns the PostgreSQL database of {@code HOSO_TEST_PG_URL} with a new, empty schema of its
   * own, so that the test leaves other tables of that database alone.
   */
  static DataSource postgres() throws SQLException {
    String url = System.getenv(POSTGRES_URL_VARIABLE);
    String schema = "warnings_test_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    dataSource.setCurrentSchema(schema);
    return migrate(dataSource);
  }

  /** Drops a schema that {@link #postgres()} created. */
  static void dropPostgresSchema(DataSource dataSource) throws SQLException {
    String schema = ((PGSimpleDataSource) dataSource).getCurrentSchema();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static DataSource migrate(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return dataSource;
  }
}
