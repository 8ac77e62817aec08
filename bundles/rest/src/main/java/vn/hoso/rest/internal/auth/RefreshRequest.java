package vn.hoso.rest.internal.auth;

/** Body of {@code POST /api/v1/auth/refresh}. {@link #toString()} leaves the token out. */
public record RefreshRequest(String refreshToken) {

  @Override
  public String toString() {
    return "RefreshRequest[]";
  }
}
