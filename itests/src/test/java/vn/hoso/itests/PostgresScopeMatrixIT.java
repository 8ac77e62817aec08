package vn.hoso.itests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The tests of {@link ScopeMatrixIT} on PostgreSQL, in the schema {@value #SCHEMA} of the database
 * at {@code HOSO_TEST_PG_URL}, which is dropped and recreated first.
 *
 * <p>Pax Exam reads the configuration of every test class before it starts the first container, so
 * a class that reset the {@code public} schema as {@link PostgresHealthIT} does would reset it
 * before that test ran and leave it migrated for it. A schema of its own keeps the two apart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresScopeMatrixIT extends ScopeMatrixIT {

  static final String SCHEMA = "scope_matrix";

  @Configuration
  @Override
  public Option[] config() {
    String url = postgresUrl();
    if (url == null) {
      throw new IllegalStateException(
          "HOSO_TEST_PG_URL is not set; PostgresScopeMatrixIT needs the JDBC URL of a test"
              + " database");
    }
    try {
      recreateSchema(url);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reset schema " + SCHEMA + " of the test database", e);
    }
    String inSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    return Stream.of(baseOptions(), postgresOptions(inSchema))
        .flatMap(Stream::of)
        .toArray(Option[]::new);
  }

  private static void recreateSchema(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      statement.execute("CREATE SCHEMA " + SCHEMA);
    }
  }
}
