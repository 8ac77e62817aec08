package vn.hoso.records.internal.quality;

import vn.hoso.records.internal.testing.TestDatabase;

/** The data-quality checks on an in-memory H2 database, the embedded default. */
class DataQualityH2Test extends DataQualityTestBase {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.h2();
  }
}
