package vn.hoso.records.internal.schema;

import javax.sql.DataSource;
import vn.hoso.records.internal.testing.TestDatabase;

/**
 * Migration V13 on PostgreSQL at the JDBC URL in {@code HOSO_TEST_PG_URL}; everything in that
 * database's schema is dropped first. Without the variable the test is skipped with the reason
 * logged.
 */
class NameTriplesMigrationPostgresTest extends NameTriplesMigrationTestBase {

  @Override
  DataSource openDataSource() {
    return TestDatabase.postgresDataSourceIfConfigured(NameTriplesMigrationPostgresTest.class);
  }
}
