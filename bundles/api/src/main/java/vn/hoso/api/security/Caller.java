package vn.hoso.api.security;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The authenticated user behind a request, as {@link AuthenticationService#authenticate} returns
 * it. Roles and units are read from the database on every authentication, so a change by an
 * administrator applies to the next request.
 *
 * @param userId identifier of the user account
 * @param username login name, in lower case
 * @param roles the roles of the user; empty while {@code passwordChangeRequired} is set
 * @param unitIds ids of the units the user is assigned to; each is the root of a subtree that
 *     {@link Role#UNIT_OFFICER} and {@link Role#LEADER} may see
 * @param personId id of the user's own person record, or {@code null} when the user has none
 * @param passwordChangeRequired whether the user must change the password before doing anything
 *     else; services reject every other operation of such a caller
 */
public record Caller(
    UUID userId,
    String username,
    Set<Role> roles,
    Set<String> unitIds,
    String personId,
    boolean passwordChangeRequired) {

  public Caller {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(username, "username");
    roles = Set.copyOf(roles);
    unitIds = Set.copyOf(unitIds);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** Returns whether the caller holds at least one of the given roles. */
  public boolean hasAnyRole(Set<Role> wanted) {
    return wanted.stream().anyMatch(roles::contains);
  }
}
