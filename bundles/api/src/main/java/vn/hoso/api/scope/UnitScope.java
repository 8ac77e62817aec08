package vn.hoso.api.scope;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The units a caller may read and change: either every unit, or the subtrees under a set of root
 * units (each root with all its descendants).
 *
 * <p>Every read and write of {@code vn.hoso.api.personnel.RecordService} takes a scope. A person is
 * in scope when their unit is; a unit is in scope when it is a root or a descendant of one.
 *
 * @param allUnits whether every unit is in scope; {@code roots} is then empty
 * @param roots identifiers of the units whose subtrees are in scope
 */
public record UnitScope(boolean allUnits, Set<Long> roots) {

  private static final UnitScope ALL = new UnitScope(true, Set.of());

  public UnitScope {
    roots = Set.copyOf(Objects.requireNonNull(roots, "roots"));
    if (allUnits && !roots.isEmpty()) {
      throw new IllegalArgumentException("A scope of all units takes no roots: " + roots);
    }
  }

  /** Returns the scope of every unit, as administrators and ministry officers have it. */
  public static UnitScope all() {
    return ALL;
  }

  /** Returns the scope of the subtrees under the given units; an empty collection gives none. */
  public static UnitScope subtrees(Collection<Long> roots) {
    return new UnitScope(false, Set.copyOf(roots));
  }

  /** Returns whether this scope contains no unit at all. */
  public boolean isEmpty() {
    return !allUnits && roots.isEmpty();
  }
}
