package vn.hoso.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of tokens, so that the database never holds a usable refresh token. */
final class Hashes {

  private Hashes() {}

  /** Returns the lower-case hex SHA-256 of the UTF-8 bytes of a token. */
  static String sha256(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK does not provide SHA-256", e);
    }
  }

  /** Compares two hex hashes in constant time. */
  static boolean equal(String first, String second) {
    return MessageDigest.isEqual(
        first.getBytes(StandardCharsets.US_ASCII), second.getBytes(StandardCharsets.US_ASCII));
  }
}
