package vn.hoso.security.internal.password;

import java.nio.CharBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and verifies passwords with PBKDF2WithHmacSHA256 from the JDK.
 *
 * <p>A hash is stored as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, salt and hash in Base64
 * without padding. Because the iteration count is part of every hash, {@link #ITERATIONS} can be
 * raised in a later release: old hashes still verify, and {@link #needsRehash} tells the login to
 * store a new one.
 *
 * <p>Passwords are normalized to Unicode NFC first, so that a Vietnamese password typed as
 * precomposed or as combining characters gives the same hash.
 */
public final class PasswordHasher {

  /** Iterations for new hashes; OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
  public static final int ITERATIONS = 210_000;

  static final String ALGORITHM_ID = "pbkdf2-sha256";
  private static final String JCA_ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  /** Bounds on stored values, so that a corrupted row cannot make one login run for minutes. */
  private static final int MAX_STORED_ITERATIONS = 10_000_000;

  private static final int MIN_STORED_BYTES = 16;
  private static final int MAX_STORED_BYTES = 64;

  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  private final SecureRandom random;
  private final int iterations;
  private final String decoyHash;

  public PasswordHasher() {
    this(new SecureRandom(), ITERATIONS);
  }

  /** Creates a hasher with another iteration count, for tests. */
  public PasswordHasher(SecureRandom random, int iterations) {
    this.random = random;
    this.iterations = iterations;
    this.decoyHash = hash("decoy password".toCharArray());
  }

  /** Iteration count of new hashes. */
  public int iterations() {
    return iterations;
  }

  /** Hashes a password with a new random salt. */
  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, iterations, HASH_BYTES);
    return ALGORITHM_ID
        + "$"
        + iterations
        + "$"
        + ENCODER.encodeToString(salt)
        + "$"
        + ENCODER.encodeToString(hash);
  }

  /**
   * Checks a password against a stored hash in constant time. Returns {@code false} for a wrong
   * password, and also for a stored hash that is malformed or uses an unknown algorithm.
   */
  public boolean verify(char[] password, String stored) {
    ParsedHash parsed = ParsedHash.parse(stored);
    if (parsed == null || password.length == 0) {
      verifyDecoy(password);
      return false;
    }
    byte[] actual = derive(password, parsed.salt(), parsed.iterations(), parsed.hash().length);
    return MessageDigest.isEqual(actual, parsed.hash());
  }

  /**
   * Spends the same time as {@link #verify} on a real account, for logins of unknown or locked
   * accounts, so that the response time does not tell them apart.
   */
  public void verifyDecoy(char[] password) {
    ParsedHash decoy = ParsedHash.parse(decoyHash);
    char[] input = password.length == 0 ? new char[] {' '} : password;
    derive(input, decoy.salt(), decoy.iterations(), decoy.hash().length);
  }

  /** Returns whether a stored hash is weaker than what {@link #hash} produces now. */
  public boolean needsRehash(String stored) {
    ParsedHash parsed = ParsedHash.parse(stored);
    return parsed == null || parsed.iterations() < iterations;
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int lengthBytes) {
    char[] normalized = normalize(password);
    PBEKeySpec spec = new PBEKeySpec(normalized, salt, iterations, lengthBytes * 8);
    try {
      return SecretKeyFactory.getInstance(JCA_ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK does not provide " + JCA_ALGORITHM, e);
    } finally {
      spec.clearPassword();
      if (normalized != password) {
        Arrays.fill(normalized, '\0');
      }
    }
  }

  private static char[] normalize(char[] password) {
    CharBuffer buffer = CharBuffer.wrap(password);
    if (Normalizer.isNormalized(buffer, Normalizer.Form.NFC)) {
      return password;
    }
    return Normalizer.normalize(buffer, Normalizer.Form.NFC).toCharArray();
  }

  private record ParsedHash(int iterations, byte[] salt, byte[] hash) {

    /** Parses a stored hash, or returns {@code null} when it is not one this class wrote. */
    static ParsedHash parse(String stored) {
      if (stored == null) {
        return null;
      }
      String[] parts = stored.split("\\$", -1);
      if (parts.length != 4 || !ALGORITHM_ID.equals(parts[0])) {
        return null;
      }
      try {
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = DECODER.decode(parts[2]);
        byte[] hash = DECODER.decode(parts[3]);
        if (iterations < 1
            || iterations > MAX_STORED_ITERATIONS
            || salt.length < MIN_STORED_BYTES
            || salt.length > MAX_STORED_BYTES
            || hash.length < MIN_STORED_BYTES
            || hash.length > MAX_STORED_BYTES) {
          return null;
        }
        return new ParsedHash(iterations, salt, hash);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}
