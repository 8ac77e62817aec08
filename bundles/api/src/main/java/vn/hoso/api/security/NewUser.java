package vn.hoso.api.security;

import java.util.Objects;

/**
 * A user account to create.
 *
 * <p>{@link #toString()} leaves the password out.
 *
 * @param username login name; stored in lower case
 * @param displayName full name shown to people, or {@code null}
 * @param password initial password, or {@code null} for an account that logs in only through the
 *     directory (LDAP or Active Directory)
 * @param passwordChangeRequired whether the user must change the password at the first login
 * @param assignment roles, unit ids and person id
 */
public record NewUser(
    String username,
    String displayName,
    char[] password,
    boolean passwordChangeRequired,
    RoleAssignment assignment) {

  public NewUser {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(assignment, "assignment");
  }

  @Override
  public String toString() {
    return "NewUser[username="
        + username
        + ", displayName="
        + displayName
        + ", localPassword="
        + (password != null)
        + ", passwordChangeRequired="
        + passwordChangeRequired
        + ", assignment="
        + assignment
        + "]";
  }
}
