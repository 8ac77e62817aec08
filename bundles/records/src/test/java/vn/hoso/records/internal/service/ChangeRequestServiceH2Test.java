package vn.hoso.records.internal.service;

import vn.hoso.records.internal.testing.TestDatabase;

/** The change request service on an in-memory H2 database, the embedded default. */
class ChangeRequestServiceH2Test extends ChangeRequestServiceTestBase {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.h2();
  }
}
