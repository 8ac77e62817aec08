package vn.hoso.records.internal.quality;

import vn.hoso.records.internal.testing.TestDatabase;

/**
 * The data-quality checks on PostgreSQL at the JDBC URL in {@code HOSO_TEST_PG_URL}; everything in
 * that database's schema is dropped first. Without the variable the tests are skipped with the
 * reason logged.
 */
class DataQualityPostgresTest extends DataQualityTestBase {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.postgresIfConfigured(DataQualityPostgresTest.class);
  }
}
