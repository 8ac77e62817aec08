package vn.hoso.security.internal.store;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.RoleAssignment;
import vn.hoso.api.security.UserAccount;

/**
 * A row of {@code users} with its roles and units. {@link #toString()} leaves the password hash
 * out.
 *
 * @param passwordHash encoded hash, or {@code null} for an account that logs in through the
 *     directory
 */
public record StoredUser(
    UUID id,
    String username,
    String displayName,
    String passwordHash,
    boolean passwordChangeRequired,
    boolean locked,
    int failedLogins,
    Instant lockedUntil,
    int tokenVersion,
    Set<Role> roles,
    Set<String> unitIds,
    String personId,
    Instant createdAt,
    Instant lastLoginAt) {

  public StoredUser {
    roles = Set.copyOf(roles);
    unitIds = Set.copyOf(unitIds);
  }

  public boolean hasLocalPassword() {
    return passwordHash != null;
  }

  /** Returns whether an administrator's lock or a temporary lock applies at the given moment. */
  public boolean isLockedAt(Instant now) {
    return locked || (lockedUntil != null && now.isBefore(lockedUntil));
  }

  public RoleAssignment assignment() {
    return new RoleAssignment(roles, unitIds, personId);
  }

  /** Returns the account as administrators see it; a temporary lock that has ended is left out. */
  public UserAccount toAccount(Instant now) {
    Instant activeLockEnd = lockedUntil != null && now.isBefore(lockedUntil) ? lockedUntil : null;
    return new UserAccount(
        id,
        username,
        displayName,
        assignment(),
        hasLocalPassword(),
        passwordChangeRequired,
        locked,
        activeLockEnd,
        createdAt,
        lastLoginAt);
  }

  @Override
  public String toString() {
    return "StoredUser[id=" + id + ", username=" + username + "]";
  }
}
