package vn.hoso.rest.internal.users;

import java.util.List;

/**
 * Body of {@code POST /api/v1/users}. {@link #toString()} leaves the password out.
 *
 * @param password initial password, or {@code null} for an account that logs in through the
 *     directory
 * @param passwordChangeRequired whether the user must change the password at the first login;
 *     {@code true} when missing
 * @param roles role codes such as {@code UNIT_OFFICER}
 */
public record CreateUserRequest(
    String username,
    String displayName,
    String password,
    Boolean passwordChangeRequired,
    List<String> roles,
    List<String> unitIds,
    String personId) {

  @Override
  public String toString() {
    return "CreateUserRequest[username=" + username + ", roles=" + roles + "]";
  }
}
