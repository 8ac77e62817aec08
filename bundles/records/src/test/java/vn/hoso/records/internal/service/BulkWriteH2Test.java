package vn.hoso.records.internal.service;

import vn.hoso.records.internal.testing.TestDatabase;

/** Bulk writes on an in-memory H2 database. */
class BulkWriteH2Test extends BulkWriteTestBase {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.h2();
  }
}
