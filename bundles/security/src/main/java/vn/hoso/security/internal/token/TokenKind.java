package vn.hoso.security.internal.token;

import com.nimbusds.jose.JOSEObjectType;

/**
 * The two kinds of token. Each has its own JOSE {@code typ} header, so that a refresh token is
 * never accepted as an access token or the other way round.
 */
public enum TokenKind {
  /** Access token; {@code at+jwt} is the type RFC 9068 gives JWT access tokens. */
  ACCESS(new JOSEObjectType("at+jwt")),

  /** Refresh token, accepted only by the refresh endpoint. */
  REFRESH(new JOSEObjectType("hoso-refresh+jwt"));

  private final JOSEObjectType type;

  TokenKind(JOSEObjectType type) {
    this.type = type;
  }

  JOSEObjectType type() {
    return type;
  }
}
