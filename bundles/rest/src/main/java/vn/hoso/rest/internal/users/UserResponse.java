package vn.hoso.rest.internal.users;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.UserAccount;

/**
 * A user account in the responses of {@code /api/v1/users}.
 *
 * @param localPassword whether the account has a password in Hoso; {@code false} for directory
 *     logins
 * @param lockedUntil end of a temporary lock after failed logins, or {@code null}
 */
public record UserResponse(
    UUID id,
    String username,
    String displayName,
    List<Role> roles,
    List<String> unitIds,
    String personId,
    boolean localPassword,
    boolean passwordChangeRequired,
    boolean locked,
    Instant lockedUntil,
    Instant createdAt,
    Instant lastLoginAt) {

  static UserResponse from(UserAccount account) {
    return new UserResponse(
        account.id(),
        account.username(),
        account.displayName(),
        account.assignment().roles().stream().sorted().toList(),
        account.assignment().unitIds().stream().sorted().toList(),
        account.assignment().personId(),
        account.localPassword(),
        account.passwordChangeRequired(),
        account.locked(),
        account.lockedUntil(),
        account.createdAt(),
        account.lastLoginAt());
  }
}
