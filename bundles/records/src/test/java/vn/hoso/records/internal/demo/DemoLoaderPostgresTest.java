package vn.hoso.records.internal.demo;

import vn.hoso.records.internal.testing.TestDatabase;

/**
 * Loading the demo data into PostgreSQL at the JDBC URL in {@code HOSO_TEST_PG_URL}; everything in
 * that database's schema is dropped before each test. Without the variable the tests are skipped
 * with the reason logged.
 */
class DemoLoaderPostgresTest extends DemoLoaderTestBase {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.postgresIfConfigured(DemoLoaderPostgresTest.class);
  }
}
