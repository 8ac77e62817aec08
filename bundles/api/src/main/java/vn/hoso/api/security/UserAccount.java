package vn.hoso.api.security;

import java.time.Instant;
import java.util.UUID;

/**
 * A user account as administrators see it; it never contains the password hash.
 *
 * @param id identifier of the account
 * @param username login name, in lower case
 * @param displayName full name, or {@code null}
 * @param assignment roles, unit ids and person id
 * @param localPassword whether the account has a password in Hoso; {@code false} means it logs in
 *     through the directory
 * @param passwordChangeRequired whether the user must change the password at the next login
 * @param locked whether an administrator locked the account
 * @param lockedUntil end of the temporary lock after repeated failed logins, or {@code null}
 * @param createdAt moment the account was created
 * @param lastLoginAt moment of the last successful login, or {@code null}
 */
public record UserAccount(
    UUID id,
    String username,
    String displayName,
    RoleAssignment assignment,
    boolean localPassword,
    boolean passwordChangeRequired,
    boolean locked,
    Instant lockedUntil,
    Instant createdAt,
    Instant lastLoginAt) {}
