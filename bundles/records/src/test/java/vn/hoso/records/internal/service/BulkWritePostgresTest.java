package vn.hoso.records.internal.service;

import vn.hoso.records.internal.testing.TestDatabase;

/**
 * Bulk writes on PostgreSQL at the JDBC URL in the environment variable {@code HOSO_TEST_PG_URL},
 * for example {@code jdbc:postgresql://127.0.0.1:5432/hoso_records_test?user=postgres}. Everything
 * in that database's schema is dropped first.
 *
 * <p>Without the variable the tests are skipped with the reason logged; with it, an unreachable
 * database fails them.
 */
class BulkWritePostgresTest extends BulkWriteTestBase {

  @Override
  TestDatabase openDatabase() {
    String url = System.getenv(TestDatabase.POSTGRES_URL_VARIABLE);
    if (url == null || url.isBlank()) {
      String reason =
          "PostgreSQL tests skipped: "
              + TestDatabase.POSTGRES_URL_VARIABLE
              + " is not set; set it to a JDBC URL such as"
              + " jdbc:postgresql://127.0.0.1:5432/hoso_records_test?user=postgres";
      System.getLogger(BulkWritePostgresTest.class.getName())
          .log(System.Logger.Level.WARNING, reason);
      return null;
    }
    return TestDatabase.postgres();
  }
}
