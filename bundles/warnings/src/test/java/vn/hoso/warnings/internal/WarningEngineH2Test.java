package vn.hoso.warnings.internal;

import javax.sql.DataSource;

class WarningEngineH2Test extends WarningEngineContract {

  @Override
  DataSource createDatabase() {
    return TestDatabase.h2();
  }
}
