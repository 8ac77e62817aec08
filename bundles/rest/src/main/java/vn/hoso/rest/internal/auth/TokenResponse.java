package vn.hoso.rest.internal.auth;

import java.time.Duration;
import java.time.Instant;
import vn.hoso.api.security.TokenGrant;

/**
 * Tokens of a login, refresh or password change.
 *
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until the access token expires
 * @param refreshTokenExpiresAt end of the session; log in again after it
 * @param passwordChangeRequired whether only {@code POST /api/v1/auth/password} is allowed
 */
public record TokenResponse(
    String tokenType,
    String accessToken,
    Instant accessTokenExpiresAt,
    long expiresIn,
    String refreshToken,
    Instant refreshTokenExpiresAt,
    boolean passwordChangeRequired) {

  static TokenResponse from(TokenGrant grant, Instant now) {
    long expiresIn = Math.max(0, Duration.between(now, grant.accessTokenExpiresAt()).toSeconds());
    return new TokenResponse(
        "Bearer",
        grant.accessToken(),
        grant.accessTokenExpiresAt(),
        expiresIn,
        grant.refreshToken(),
        grant.refreshTokenExpiresAt(),
        grant.passwordChangeRequired());
  }

  @Override
  public String toString() {
    return "TokenResponse[accessTokenExpiresAt=" + accessTokenExpiresAt + "]";
  }
}
