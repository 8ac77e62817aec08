package vn.hoso.rest.internal.security;

import java.util.Locale;

/** Reads the token of an {@code Authorization: Bearer} header (RFC 6750). */
public final class BearerTokens {

  private static final String SCHEME = "bearer ";

  private BearerTokens() {}

  /** Returns the token, or {@code null} when the header is missing, empty or of another scheme. */
  public static String extract(String authorization) {
    if (authorization == null
        || authorization.length() <= SCHEME.length()
        || !authorization.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
      return null;
    }
    String token = authorization.substring(SCHEME.length()).strip();
    return token.isEmpty() ? null : token;
  }
}
