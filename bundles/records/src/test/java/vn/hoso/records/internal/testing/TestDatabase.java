package vn.hoso.records.internal.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import vn.hoso.records.internal.schema.BundleMigrations;

/**
 * A database for the tests: emptied, migrated with the bundle's own migrations, and opened with the
 * bundle's persistence unit outside OSGi.
 */
public final class TestDatabase implements AutoCloseable {

  /** Environment variable with the JDBC URL of the PostgreSQL test database. */
  public static final String POSTGRES_URL_VARIABLE = "HOSO_TEST_PG_URL";

  private final String name;
  private final DataSource dataSource;
  private final EntityManagerFactory factory;

  private TestDatabase(String name, DataSource dataSource) {
    this.name = name;
    this.dataSource = dataSource;
    Flyway flyway = flyway(dataSource, null);
    flyway.clean();
    flyway.migrate();
    this.factory =
        Persistence.createEntityManagerFactory(
            "hoso",
            Map.of(
                "javax.persistence.nonJtaDataSource",
                dataSource,
                "eclipselink.logging.level",
                "WARNING"));
  }

  /** Opens a new in-memory H2 database that lives until the JVM ends. */
  public static TestDatabase h2() {
    return new TestDatabase("H2", h2DataSource());
  }

  /**
   * Returns a new, empty in-memory H2 database that lives until the JVM ends, without migrating it.
   */
  public static DataSource h2DataSource() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:records-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return dataSource;
  }

  /**
   * Opens the PostgreSQL database at {@value #POSTGRES_URL_VARIABLE}, dropping everything in its
   * schema first.
   *
   * @throws IllegalStateException when the variable is not set
   */
  public static TestDatabase postgres() {
    String url = System.getenv(POSTGRES_URL_VARIABLE);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(POSTGRES_URL_VARIABLE + " is not set");
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    return new TestDatabase("PostgreSQL", dataSource);
  }

  /**
   * Opens the PostgreSQL database at {@value #POSTGRES_URL_VARIABLE} like {@link #postgres}, or
   * returns null after logging that the tests of {@code testClass} are skipped when the variable is
   * not set.
   */
  public static TestDatabase postgresIfConfigured(Class<?> testClass) {
    return postgresConfigured(testClass) ? postgres() : null;
  }

  /**
   * Returns the PostgreSQL database at {@value #POSTGRES_URL_VARIABLE} as it is, without emptying
   * or migrating it, or null after logging that the tests of {@code testClass} are skipped when the
   * variable is not set.
   */
  public static DataSource postgresDataSourceIfConfigured(Class<?> testClass) {
    if (!postgresConfigured(testClass)) {
      return null;
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(System.getenv(POSTGRES_URL_VARIABLE));
    return dataSource;
  }

  private static boolean postgresConfigured(Class<?> testClass) {
    String url = System.getenv(POSTGRES_URL_VARIABLE);
    if (url == null || url.isBlank()) {
      System.getLogger(testClass.getName())
          .log(
              System.Logger.Level.WARNING,
              "PostgreSQL tests skipped: "
                  + POSTGRES_URL_VARIABLE
                  + " is not set; set it to a JDBC URL such as"
                  + " jdbc:postgresql://127.0.0.1:5432/hoso_records_test?user=postgres");
      return false;
    }
    return true;
  }

  /**
   * Returns Flyway with the bundle's migrations on the database, allowed to clean it.
   *
   * @param target the last version to migrate to, or null for the latest
   */
  public static Flyway flyway(DataSource dataSource, String target) {
    var configuration =
        BundleMigrations.configure(
                TestDatabase.class.getClassLoader(), "db/migration", "vn.hoso.records")
            .dataSource(dataSource)
            .cleanDisabled(false);
    if (target != null) {
      configuration.target(target);
    }
    return configuration.load();
  }

  public String name() {
    return name;
  }

  public EntityManagerFactory factory() {
    return factory;
  }

  /** Returns the database's DataSource, for code that writes or reads with plain JDBC. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Returns the number of rows in a table, read with plain JDBC. */
  public long count(String table) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot count the rows of " + table, e);
    }
  }

  /** Runs one SQL statement with plain JDBC and returns the first column of the first row. */
  public String queryString(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      return result.next() ? result.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException("Query failed: " + sql, e);
    }
  }

  /** Runs one SQL statement that returns no rows, with plain JDBC. */
  public void execute(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Statement failed: " + sql, e);
    }
  }

  @Override
  public void close() {
    factory.close();
  }
}
