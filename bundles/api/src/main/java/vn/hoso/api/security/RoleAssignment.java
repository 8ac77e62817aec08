package vn.hoso.api.security;

import java.util.Set;

/**
 * The roles of a user and the data they apply to.
 *
 * @param roles at least one role
 * @param unitIds ids of the units the user works on, the record service's unit ids written as
 *     positive whole numbers; required for {@link Role#UNIT_OFFICER} and {@link Role#LEADER}. The
 *     unit tree is not checked here, so an id must name a unit of it.
 * @param personId id of the user's person record, a positive whole number as text; required for
 *     {@link Role#EMPLOYEE}, otherwise optional and may be {@code null}
 */
public record RoleAssignment(Set<Role> roles, Set<String> unitIds, String personId) {

  public RoleAssignment {
    roles = Set.copyOf(roles);
    unitIds = Set.copyOf(unitIds);
  }
}
