package vn.hoso.security.internal.token;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The claims of a Hoso token.
 *
 * @param userId the user, as the {@code sub} claim
 * @param sessionId the login session, as the {@code sid} claim; it is the id of the session's row
 *     in {@code refresh_tokens}
 * @param tokenId unique id of this token, as the {@code jti} claim
 * @param tokenVersion the user's token version when the token was issued, as the {@code ver} claim;
 *     only access tokens carry it, refresh tokens have 0
 * @param issuedAt the {@code iat} claim
 * @param expiresAt the {@code exp} claim
 */
public record TokenClaims(
    UUID userId,
    String sessionId,
    String tokenId,
    int tokenVersion,
    Instant issuedAt,
    Instant expiresAt) {

  public TokenClaims {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(tokenId, "tokenId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
