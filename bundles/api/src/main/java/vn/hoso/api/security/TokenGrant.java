package vn.hoso.api.security;

import java.time.Instant;
import java.util.Objects;

/**
 * The tokens of one login session.
 *
 * <p>The access token goes into the {@code Authorization: Bearer} header of every request. The
 * refresh token is sent only to obtain the next grant; each refresh token can be used once. {@link
 * #toString()} leaves both tokens out so that a grant can never end up in a log.
 *
 * @param accessToken signed JWT that {@link AuthenticationService#authenticate} accepts
 * @param accessTokenExpiresAt moment the access token stops being accepted
 * @param refreshToken signed JWT that {@link AuthenticationService#refresh} accepts once
 * @param refreshTokenExpiresAt end of the session; no refresh extends it
 * @param passwordChangeRequired whether the user must change the password before anything else
 */
public record TokenGrant(
    String accessToken,
    Instant accessTokenExpiresAt,
    String refreshToken,
    Instant refreshTokenExpiresAt,
    boolean passwordChangeRequired) {

  public TokenGrant {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt");
    Objects.requireNonNull(refreshToken, "refreshToken");
    Objects.requireNonNull(refreshTokenExpiresAt, "refreshTokenExpiresAt");
  }

  @Override
  public String toString() {
    return "TokenGrant[accessTokenExpiresAt="
        + accessTokenExpiresAt
        + ", refreshTokenExpiresAt="
        + refreshTokenExpiresAt
        + ", passwordChangeRequired="
        + passwordChangeRequired
        + "]";
  }
}
