package vn.hoso.api.scope;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import vn.hoso.api.security.Caller;
import vn.hoso.api.security.Role;

/**
 * The records a caller may read and change: either every unit, or the subtrees under a set of root
 * units (each root with all its descendants), and optionally the caller's own person record.
 *
 * <p>Every read and write of {@code vn.hoso.api.personnel.RecordService} takes a scope. A unit is
 * in scope when it is a root or a descendant of one. A person is in scope when their unit is, or
 * when they are the scope's own person. A person without a unit is in scope only for the scope of
 * all units, or as the own person. The own person can only be read, because the record service
 * ignores it for writes.
 *
 * <p>{@link #readableBy} and {@link #writableBy} derive the scope of an authenticated caller from
 * the caller's roles, so that every entry point that serves a caller applies the same rules.
 *
 * @param allUnits whether every unit is in scope; {@code roots} is then empty
 * @param roots identifiers of the units whose subtrees are in scope
 * @param ownPersonId the caller's own person record, readable whatever its unit, or null
 */
public record UnitScope(boolean allUnits, Set<Long> roots, Long ownPersonId) {

  private static final UnitScope ALL = new UnitScope(true, Set.of());

  private static final Set<Role> ALL_UNIT_ROLES = Set.of(Role.ADMINISTRATOR, Role.MINISTRY_OFFICER);

  public UnitScope {
    roots = Set.copyOf(Objects.requireNonNull(roots, "roots"));
    if (allUnits && !roots.isEmpty()) {
      throw new IllegalArgumentException("A scope of all units takes no roots: " + roots);
    }
  }

  /** Creates a scope without an own person. */
  public UnitScope(boolean allUnits, Set<Long> roots) {
    this(allUnits, roots, null);
  }

  /** Returns the scope of every unit, as administrators and ministry officers have it. */
  public static UnitScope all() {
    return ALL;
  }

  /** Returns the scope of the subtrees under the given units; an empty collection gives none. */
  public static UnitScope subtrees(Collection<Long> roots) {
    return new UnitScope(false, Set.copyOf(roots));
  }

  /** Returns the scope of one person's own record and no unit, as an employee has it. */
  public static UnitScope ownRecord(long personId) {
    return new UnitScope(false, Set.of(), personId);
  }

  /**
   * Returns the scope in which a caller may read records: every unit for {@link Role#ADMINISTRATOR}
   * and {@link Role#MINISTRY_OFFICER}; the subtrees under the caller's units for {@link
   * Role#UNIT_OFFICER} and {@link Role#LEADER}; the caller's own person record for {@link
   * Role#EMPLOYEE}. A caller with several roles gets the union. Unit and person ids that are not
   * numbers grant nothing (see {@link Caller#unitIdsAsLong()}).
   */
  public static UnitScope readableBy(Caller caller) {
    if (caller.hasAnyRole(ALL_UNIT_ROLES)) {
      return ALL;
    }
    Set<Long> roots =
        caller.hasAnyRole(Set.of(Role.UNIT_OFFICER, Role.LEADER))
            ? caller.unitIdsAsLong()
            : Set.of();
    Long ownPersonId = caller.hasRole(Role.EMPLOYEE) ? caller.personIdAsLong() : null;
    return new UnitScope(false, roots, ownPersonId);
  }

  /**
   * Returns the scope in which a caller may change records: every unit for {@link
   * Role#ADMINISTRATOR} and {@link Role#MINISTRY_OFFICER}, the subtrees under the caller's units
   * for {@link Role#UNIT_OFFICER}, and nothing for leaders and employees, who only read.
   */
  public static UnitScope writableBy(Caller caller) {
    if (caller.hasAnyRole(ALL_UNIT_ROLES)) {
      return ALL;
    }
    return subtrees(caller.hasRole(Role.UNIT_OFFICER) ? caller.unitIdsAsLong() : Set.of());
  }

  /** Returns whether this scope contains no unit and no person at all. */
  public boolean isEmpty() {
    return containsNoUnit() && ownPersonId == null;
  }

  /** Returns whether this scope contains no unit; it may still contain the own person. */
  public boolean containsNoUnit() {
    return !allUnits && roots.isEmpty();
  }
}
