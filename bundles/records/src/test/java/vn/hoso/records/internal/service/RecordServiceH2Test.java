package vn.hoso.records.internal.service;

import vn.hoso.records.internal.testing.TestDatabase;

/** The record service on an in-memory H2 database, the embedded default. */
class RecordServiceH2Test extends RecordServiceTestBase {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.h2();
  }
}
