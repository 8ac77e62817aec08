package vn.hoso.records.internal.demo;

import vn.hoso.records.internal.testing.TestDatabase;

/** Loading the demo data into an in-memory H2 database, the embedded default. */
class DemoLoaderH2Test extends DemoLoaderTestBase {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.h2();
  }
}
