package vn.hoso.rest.internal.users;

/**
 * Body of {@code PUT /api/v1/users/{id}/password}. {@link #toString()} leaves the password out.
 *
 * @param changeRequired whether the user must change the password at the next login; {@code true}
 *     when missing
 */
public record SetPasswordRequest(String password, Boolean changeRequired) {

  @Override
  public String toString() {
    return "SetPasswordRequest[changeRequired=" + changeRequired + "]";
  }
}
