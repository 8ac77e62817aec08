package vn.hoso.records.internal.schema;

import javax.sql.DataSource;
import vn.hoso.records.internal.testing.TestDatabase;

/** Migration V13 on an in-memory H2 database. */
class NameTriplesMigrationH2Test extends NameTriplesMigrationTestBase {

  @Override
  DataSource openDataSource() {
    return TestDatabase.h2DataSource();
  }
}
