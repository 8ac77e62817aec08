package vn.hoso.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The distribution switched to PostgreSQL by its datasource configuration file alone migrates an
 * empty database and answers health with it.
 *
 * <p>Needs {@code HOSO_TEST_PG_URL}, for example {@code
 * jdbc:postgresql://127.0.0.1:5432/hoso_test?user=hoso_test&password=...}. Without it the build
 * leaves this class out (profile {@code without-postgres} in the itests POM). The database's {@code
 * public} schema is dropped and recreated first.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresHealthIT extends HosoTestSupport {

  @Configuration
  public Option[] config() throws SQLException {
    String url = postgresUrl();
    if (url == null) {
      throw new IllegalStateException(
          "HOSO_TEST_PG_URL is not set; PostgresHealthIT needs the JDBC URL of a test database");
    }
    recreatePublicSchema(url);
    return Stream.of(baseOptions(), postgresOptions(url))
        .flatMap(Stream::of)
        .toArray(Option[]::new);
  }

  static void recreatePublicSchema(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
      statement.execute("CREATE SCHEMA public");
    }
  }

  @Test
  public void healthNamesPostgresAndTheMigratedSchema() throws Exception {
    JsonNode health = awaitHealthy();

    assertEquals("UP", health.path("status").asText());
    assertEquals("PostgreSQL", health.path("database").path("product").asText());
    assertNotNull(health.path("database").path("installationId").textValue());
    HealthIT.assertFreshlyMigrated(health);
  }
}
