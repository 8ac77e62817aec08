package vn.hoso.records.internal.unit;

import javax.persistence.EntityManager;
import javax.persistence.Query;
import vn.hoso.api.scope.UnitScope;

/** Scope checks and the JPQL condition that restricts a query to the units in scope. */
public final class Scopes {

  private static final String ROOTS_PARAMETER = "scopeRoots";

  private Scopes() {}

  /** Returns whether the unit is in scope; a unit that does not exist is not. */
  public static boolean contains(EntityManager em, UnitScope scope, long unitId) {
    if (scope.allUnits()) {
      return em.find(UnitEntity.class, unitId) != null;
    }
    if (scope.isEmpty()) {
      return false;
    }
    Long count =
        em.createQuery(
                "SELECT COUNT(c) FROM UnitClosureEntity c"
                    + " WHERE c.descendantId = :unitId AND c.ancestorId IN :"
                    + ROOTS_PARAMETER,
                Long.class)
            .setParameter("unitId", unitId)
            .setParameter(ROOTS_PARAMETER, scope.roots())
            .getSingleResult();
    return count > 0;
  }

  /**
   * Returns the JPQL condition that a unit identifier is in scope, or null when the scope is all
   * units. Callers bind the parameters with {@link #bind}; an empty scope must be handled before,
   * because {@code IN} with no values is not valid SQL.
   *
   * @param unitIdPath the path of the unit identifier, for example {@code p.unitId}
   */
  public static String condition(UnitScope scope, String unitIdPath) {
    if (scope.allUnits()) {
      return null;
    }
    return unitIdPath
        + " IN (SELECT sc.descendantId FROM UnitClosureEntity sc WHERE sc.ancestorId IN :"
        + ROOTS_PARAMETER
        + ")";
  }

  /** Binds the parameters of {@link #condition}. */
  public static void bind(Query query, UnitScope scope) {
    if (!scope.allUnits()) {
      query.setParameter(ROOTS_PARAMETER, scope.roots());
    }
  }
}
