package vn.hoso.imports.internal;

import vn.hoso.records.internal.testing.TestDatabase;

/**
 * The import engine on PostgreSQL at the JDBC URL in the environment variable {@code
 * HOSO_TEST_PG_URL}. Everything in that database's schema is dropped first. Without the variable
 * the tests are skipped with the reason logged; with it, an unreachable database fails them.
 */
class ImportEnginePostgresTest extends ImportEngineTestBase {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.postgresIfConfigured(ImportEnginePostgresTest.class);
  }
}
