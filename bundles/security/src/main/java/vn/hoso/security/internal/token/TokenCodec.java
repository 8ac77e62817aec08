package vn.hoso.security.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import vn.hoso.api.security.AuthenticationException;
import vn.hoso.api.security.AuthenticationException.Reason;

/**
 * Signs and verifies Hoso tokens: JWTs signed with HMAC-SHA256 (HS256) under the installation's
 * signing key.
 *
 * <p>Verification checks, in this order, the size, the JOSE header ({@code alg} must be HS256 and
 * {@code typ} must match the kind), the signature, the issuer and audience, and then the expiry
 * against the injected clock. Revocation is not checked here; the session table decides that.
 */
public final class TokenCodec {

  static final String ISSUER = "hoso";
  static final String AUDIENCE = "hoso-api";
  static final String SESSION_CLAIM = "sid";
  static final String VERSION_CLAIM = "ver";

  /** Longest token accepted for parsing; Hoso's own tokens are about 400 characters. */
  static final int MAX_TOKEN_LENGTH = 4096;

  /** How far in the future {@code iat} may lie, for nodes whose clocks differ slightly. */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  private final MACSigner signer;
  private final MACVerifier verifier;
  private final Clock clock;

  /**
   * Creates a codec for a key of at least 256 bits.
   *
   * @throws IllegalArgumentException when the key is shorter than 256 bits
   */
  public TokenCodec(byte[] key, Clock clock) {
    try {
      this.signer = new MACSigner(key);
      this.verifier = new MACVerifier(key);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("The token signing key must have at least 256 bits", e);
    }
    this.clock = clock;
  }

  /** Signs the claims as a token of the given kind. */
  public String sign(TokenKind kind, TokenClaims claims) {
    JWTClaimsSet.Builder builder =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .subject(claims.userId().toString())
            .jwtID(claims.tokenId())
            .claim(SESSION_CLAIM, claims.sessionId())
            .issueTime(Date.from(claims.issuedAt()))
            .expirationTime(Date.from(claims.expiresAt()));
    if (kind == TokenKind.ACCESS) {
      builder.claim(VERSION_CLAIM, claims.tokenVersion());
    }
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).type(kind.type()).build();
    SignedJWT jwt = new SignedJWT(header, builder.build());
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("Signing a token failed", e);
    }
    return jwt.serialize();
  }

  /**
   * Verifies a token of the given kind and returns its claims.
   *
   * @throws AuthenticationException with {@link Reason#INVALID_TOKEN} or {@link
   *     Reason#EXPIRED_TOKEN}; the message says which check failed
   */
  public TokenClaims verify(TokenKind kind, String token) {
    if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
      throw invalid("the token is empty or longer than " + MAX_TOKEN_LENGTH + " characters");
    }
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(token);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw invalid("the token is not a signed JWT");
    }

    JWSHeader header = jwt.getHeader();
    if (!JWSAlgorithm.HS256.equals(header.getAlgorithm())) {
      throw invalid("the algorithm is " + header.getAlgorithm() + ", not HS256");
    }
    if (!kind.type().equals(header.getType())) {
      throw invalid("the token type is " + header.getType() + ", not " + kind.type());
    }
    if (!verifySignature(jwt)) {
      throw invalid("the signature does not match the signing key");
    }

    Instant now = clock.instant();
    TokenClaims result = readClaims(kind, claims);
    if (!now.isBefore(result.expiresAt())) {
      throw new AuthenticationException(
          Reason.EXPIRED_TOKEN, "The " + kind + " token expired at " + result.expiresAt());
    }
    if (result.issuedAt().isAfter(now.plus(CLOCK_SKEW))) {
      throw invalid("the token was issued in the future, at " + result.issuedAt());
    }
    return result;
  }

  private boolean verifySignature(SignedJWT jwt) {
    try {
      return jwt.verify(verifier);
    } catch (JOSEException e) {
      return false;
    }
  }

  private static TokenClaims readClaims(TokenKind kind, JWTClaimsSet claims) {
    if (!ISSUER.equals(claims.getIssuer())) {
      throw invalid("the issuer is " + claims.getIssuer());
    }
    List<String> audience = claims.getAudience();
    if (audience == null || !audience.contains(AUDIENCE)) {
      throw invalid("the audience is " + audience);
    }
    if (claims.getSubject() == null
        || claims.getIssueTime() == null
        || claims.getExpirationTime() == null) {
      throw invalid("sub, iat or exp is missing");
    }
    try {
      String sessionId = claims.getStringClaim(SESSION_CLAIM);
      Integer version = kind == TokenKind.ACCESS ? claims.getIntegerClaim(VERSION_CLAIM) : 0;
      if (sessionId == null || claims.getJWTID() == null || version == null) {
        throw invalid("sid, jti or ver is missing");
      }
      return new TokenClaims(
          UUID.fromString(claims.getSubject()),
          sessionId,
          claims.getJWTID(),
          version,
          claims.getIssueTime().toInstant(),
          claims.getExpirationTime().toInstant());
    } catch (ParseException | IllegalArgumentException e) {
      throw invalid("a claim has the wrong type: " + e.getMessage());
    }
  }

  private static AuthenticationException invalid(String why) {
    return new AuthenticationException(Reason.INVALID_TOKEN, "Invalid token: " + why);
  }
}
