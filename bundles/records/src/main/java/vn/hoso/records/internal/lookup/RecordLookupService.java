package vn.hoso.records.internal.lookup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.hoso.api.personnel.RecordLookup;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.unit.ScopeSql;

/** Finds people by identity number and units by code with plain JDBC, independent of OSGi. */
public class RecordLookupService implements RecordLookup {

  private final DataSource dataSource;

  public RecordLookupService(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<Long> personByIdentityNumber(UnitScope scope, String identityNumber) {
    return find(
        scope,
        "SELECT p.id FROM person p WHERE p.identity_number = ? AND "
            + ScopeSql.condition(scope, "p.unit_id"),
        identityNumber.strip());
  }

  @Override
  public Optional<Long> unitByCode(UnitScope scope, String code) {
    return find(
        scope,
        "SELECT u.id FROM unit u WHERE u.code = ? AND " + ScopeSql.condition(scope, "u.id"),
        code.strip());
  }

  private Optional<Long> find(UnitScope scope, String sql, String key) {
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, key);
      List<Object> roots = ScopeSql.parameters(scope);
      for (int i = 0; i < roots.size(); i++) {
        statement.setObject(i + 2, roots.get(i));
      }
      try (ResultSet result = statement.executeQuery()) {
        return result.next() ? Optional.of(result.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Looking up '" + key + "' failed: " + e.getMessage(), e);
    }
  }
}
