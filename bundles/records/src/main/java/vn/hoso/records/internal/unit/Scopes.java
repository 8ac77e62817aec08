package vn.hoso.records.internal.unit;

import javax.persistence.EntityManager;
import javax.persistence.Query;
import vn.hoso.api.scope.UnitScope;

/** Scope checks and the JPQL conditions that restrict a query to the units in scope. */
public final class Scopes {

  private static final String ROOTS_PARAMETER = "scopeRoots";
  private static final String OWN_PERSON_PARAMETER = "scopeOwnPerson";

  private Scopes() {}

  /**
   * Returns whether the unit is in scope; a unit that does not exist is not. No unit (null) is in
   * scope only for the scope of all units.
   */
  public static boolean contains(EntityManager em, UnitScope scope, Long unitId) {
    if (unitId == null) {
      return scope.allUnits();
    }
    if (scope.allUnits()) {
      return em.find(UnitEntity.class, unitId) != null;
    }
    if (scope.containsNoUnit()) {
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

  /** Returns the scope without its own person, the scope that writes work in. */
  public static UnitScope unitsOnly(UnitScope scope) {
    return scope.ownPersonId() == null ? scope : new UnitScope(scope.allUnits(), scope.roots());
  }

  /**
   * Returns the JPQL condition that a unit identifier is in scope, or null when the scope is all
   * units. Callers bind the parameters with {@link #bind}; a scope without units must be handled
   * before, because {@code IN} with no values is not valid SQL.
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

  /**
   * Returns the JPQL condition that a row of a person is in scope, by the unit it names or as the
   * scope's own person, or null when the scope is all units. Callers bind the parameters with
   * {@link #bindPerson}; an empty scope must be handled before.
   *
   * @param unitIdPath the path of the unit identifier, for example {@code p.unitId}
   * @param personIdPath the path of the person identifier, for example {@code p.id}
   */
  public static String personCondition(UnitScope scope, String unitIdPath, String personIdPath) {
    if (scope.allUnits()) {
      return null;
    }
    String byUnit = scope.roots().isEmpty() ? null : condition(scope, unitIdPath);
    String byPerson =
        scope.ownPersonId() == null ? null : personIdPath + " = :" + OWN_PERSON_PARAMETER;
    if (byUnit != null && byPerson != null) {
      return "(" + byUnit + " OR " + byPerson + ")";
    }
    return byUnit != null ? byUnit : byPerson;
  }

  /** Binds the parameters of {@link #personCondition}. */
  public static void bindPerson(Query query, UnitScope scope) {
    if (scope.allUnits()) {
      return;
    }
    if (!scope.roots().isEmpty()) {
      query.setParameter(ROOTS_PARAMETER, scope.roots());
    }
    if (scope.ownPersonId() != null) {
      query.setParameter(OWN_PERSON_PARAMETER, scope.ownPersonId());
    }
  }
}
