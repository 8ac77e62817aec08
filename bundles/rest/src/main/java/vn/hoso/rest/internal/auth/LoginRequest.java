package vn.hoso.rest.internal.auth;

/** Body of {@code POST /api/v1/auth/login}. {@link #toString()} leaves the password out. */
public record LoginRequest(String username, String password) {

  @Override
  public String toString() {
    return "LoginRequest[username=" + username + "]";
  }
}
