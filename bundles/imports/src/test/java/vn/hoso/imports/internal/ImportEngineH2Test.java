package vn.hoso.imports.internal;

import vn.hoso.records.internal.testing.TestDatabase;

/** The import engine on an in-memory H2 database. */
class ImportEngineH2Test extends ImportEngineTestBase {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.h2();
  }
}
