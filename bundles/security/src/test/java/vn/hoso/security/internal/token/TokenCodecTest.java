package vn.hoso.security.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hoso.api.security.AuthenticationException;
import vn.hoso.api.security.AuthenticationException.Reason;
import vn.hoso.security.internal.MutableClock;

class TokenCodecTest {

  private static final Instant START = Instant.parse("2026-03-02T01:30:00Z");

  private final byte[] key = filledKey((byte) 7);
  private final MutableClock clock = new MutableClock(START);
  private final TokenCodec codec = new TokenCodec(key, clock);
  private final TokenClaims claims =
      new TokenClaims(
          UUID.randomUUID(), "session-1", "token-1", 3, START, START.plus(Duration.ofMinutes(15)));

  @Test
  void signedTokenVerifies() {
    String token = codec.sign(TokenKind.ACCESS, claims);

    assertEquals(claims, codec.verify(TokenKind.ACCESS, token));
  }

  @Test
  void tokenIsValidUntilJustBeforeExpiry() {
    String token = codec.sign(TokenKind.ACCESS, claims);

    clock.advance(Duration.ofMinutes(15).minusMillis(1));

    assertEquals(claims, codec.verify(TokenKind.ACCESS, token));
  }

  @Test
  void expiredTokenIsRejected() {
    String token = codec.sign(TokenKind.ACCESS, claims);

    clock.advance(Duration.ofMinutes(15));

    assertReason(Reason.EXPIRED_TOKEN, TokenKind.ACCESS, token);
  }

  @Test
  void tamperedPayloadIsRejected() {
    String token = codec.sign(TokenKind.ACCESS, claims);
    String[] parts = token.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace(claims.userId().toString(), UUID.randomUUID().toString());
    parts[1] =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8));

    assertReason(Reason.INVALID_TOKEN, TokenKind.ACCESS, String.join(".", parts));
  }

  @Test
  void tamperedSignatureIsRejected() {
    String token = codec.sign(TokenKind.ACCESS, claims);
    char last = token.charAt(token.length() - 2);
    String tampered =
        token.substring(0, token.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + token.charAt(token.length() - 1);

    assertReason(Reason.INVALID_TOKEN, TokenKind.ACCESS, tampered);
  }

  @Test
  void tokenOfAnotherKeyIsRejected() {
    String token = new TokenCodec(filledKey((byte) 8), clock).sign(TokenKind.ACCESS, claims);

    assertReason(Reason.INVALID_TOKEN, TokenKind.ACCESS, token);
  }

  @Test
  void refreshTokenIsNotAnAccessToken() {
    String refresh = codec.sign(TokenKind.REFRESH, claims);

    assertReason(Reason.INVALID_TOKEN, TokenKind.ACCESS, refresh);
  }

  @Test
  void accessTokenIsNotARefreshToken() {
    String access = codec.sign(TokenKind.ACCESS, claims);

    assertReason(Reason.INVALID_TOKEN, TokenKind.REFRESH, access);
  }

  @Test
  void unsignedTokenIsRejected() {
    String header = encode("{\"alg\":\"none\",\"typ\":\"at+jwt\"}");
    String payload = encode("{\"iss\":\"hoso\",\"sub\":\"" + claims.userId() + "\"}");

    assertReason(Reason.INVALID_TOKEN, TokenKind.ACCESS, header + "." + payload + ".");
  }

  @Test
  void tokenIssuedInTheFutureIsRejected() {
    TokenClaims future =
        new TokenClaims(
            claims.userId(),
            "session-1",
            "token-2",
            3,
            START.plus(Duration.ofMinutes(5)),
            START.plus(Duration.ofMinutes(20)));
    String token = codec.sign(TokenKind.ACCESS, future);

    assertReason(Reason.INVALID_TOKEN, TokenKind.ACCESS, token);
  }

  @Test
  void garbageIsRejected() {
    assertReason(Reason.INVALID_TOKEN, TokenKind.ACCESS, "not a token");
    assertReason(Reason.INVALID_TOKEN, TokenKind.ACCESS, "");
    assertReason(Reason.INVALID_TOKEN, TokenKind.ACCESS, null);
    assertReason(Reason.INVALID_TOKEN, TokenKind.ACCESS, "a".repeat(5000));
  }

  @Test
  void shortKeyIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new TokenCodec(new byte[16], clock));
  }

  private void assertReason(Reason expected, TokenKind kind, String token) {
    AuthenticationException e =
        assertThrows(AuthenticationException.class, () -> codec.verify(kind, token));
    assertEquals(expected, e.reason(), e.getMessage());
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] filledKey(byte value) {
    byte[] key = new byte[32];
    Arrays.fill(key, value);
    return key;
  }
}
