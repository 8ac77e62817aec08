package vn.hoso.records.internal.service;

import vn.hoso.records.internal.testing.TestDatabase;

/**
 * The change request service on PostgreSQL at the JDBC URL in {@code HOSO_TEST_PG_URL}, as {@link
 * RecordServicePostgresTest} describes; without the variable the tests are skipped.
 */
class ChangeRequestServicePostgresTest extends ChangeRequestServiceTestBase {

  @Override
  TestDatabase openDatabase() {
    String url = System.getenv(TestDatabase.POSTGRES_URL_VARIABLE);
    if (url == null || url.isBlank()) {
      System.getLogger(ChangeRequestServicePostgresTest.class.getName())
          .log(
              System.Logger.Level.WARNING,
              "PostgreSQL tests skipped: " + TestDatabase.POSTGRES_URL_VARIABLE + " is not set");
      return null;
    }
    return TestDatabase.postgres();
  }
}
