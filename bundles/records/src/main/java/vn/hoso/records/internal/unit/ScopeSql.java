package vn.hoso.records.internal.unit;

import java.util.Collections;
import java.util.List;
import vn.hoso.api.scope.UnitScope;

/**
 * The SQL condition that restricts a plain JDBC query to the units of a scope, the counterpart of
 * {@link Scopes} for code that does not use JPQL.
 */
public final class ScopeSql {

  private ScopeSql() {}

  /**
   * Returns the condition that a unit identifier column is in scope, {@code 1 = 1} for all units.
   * Bind {@link #parameters} in its placeholders. An empty scope must be handled before, because
   * {@code IN} needs at least one value.
   *
   * @param unitIdColumn the column, for example {@code p.unit_id}
   */
  public static String condition(UnitScope scope, String unitIdColumn) {
    if (scope.allUnits()) {
      return "1 = 1";
    }
    String placeholders = String.join(", ", Collections.nCopies(scope.roots().size(), "?"));
    return unitIdColumn
        + " IN (SELECT sc.descendant_id FROM unit_closure sc WHERE sc.ancestor_id IN ("
        + placeholders
        + "))";
  }

  /** Returns the values of the placeholders of {@link #condition}, in order. */
  public static List<Object> parameters(UnitScope scope) {
    return scope.allUnits() ? List.of() : List.copyOf(scope.roots());
  }
}
