package vn.hoso.warnings.internal;

import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Runs when {@code HOSO_TEST_PG_URL} names a PostgreSQL test database. */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL_VARIABLE, matches = ".+")
class WarningEnginePostgresTest extends WarningEngineContract {

  @Override
  DataSource createDatabase() throws Exception {
    return TestDatabase.postgres();
  }

  @Override
  void dropDatabase(DataSource dataSource) throws Exception {
    TestDatabase.dropPostgresSchema(dataSource);
  }
}
