package vn.hoso.rest.internal.auth;

/** Body of {@code POST /api/v1/auth/password}. {@link #toString()} leaves the passwords out. */
public record ChangePasswordRequest(String currentPassword, String newPassword) {

  @Override
  public String toString() {
    return "ChangePasswordRequest[]";
  }
}
