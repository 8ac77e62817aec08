package vn.hoso.security.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database with the security schema, migrated by Flyway from {@code db/migration} as the
 * records bundle does at run time.
 *
 * <p>By default an in-memory H2 database. With the system property {@value #POSTGRESQL_PROPERTY}
 * set to a JDBC URL (user and password in the URL), each test gets its own schema in that
 * PostgreSQL database instead, so the same tests check the SQL on both.
 */
public final class TestDatabase {

  static final String POSTGRESQL_PROPERTY = "hoso.test.postgresql.url";

  private TestDatabase() {}

  public static DataSource create() {
    String postgresql = System.getProperty(POSTGRESQL_PROPERTY);
    DataSource dataSource = postgresql == null ? h2() : postgresql(postgresql);
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load()
        .migrate();
    return dataSource;
  }

  private static DataSource h2() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return dataSource;
  }

  private static DataSource postgresql(String url) {
    String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create schema " + schema + " in " + url, e);
    }
    dataSource.setCurrentSchema(schema);
    return dataSource;
  }
}
