package vn.hoso.security.internal.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void correctPasswordVerifies() {
    String hash = hasher.hash("Mật khẩu đúng 2024".toCharArray());

    assertTrue(hasher.verify("Mật khẩu đúng 2024".toCharArray(), hash));
  }

  @Test
  void wrongPasswordIsRejected() {
    String hash = hasher.hash("Mật khẩu đúng 2024".toCharArray());

    assertFalse(hasher.verify("Mật khẩu sai 2024".toCharArray(), hash));
    assertFalse(hasher.verify("mật khẩu đúng 2024".toCharArray(), hash));
    assertFalse(hasher.verify(new char[0], hash));
  }

  @Test
  void hashStoresAlgorithmAndIterations() {
    String hash = hasher.hash("secret password".toCharArray());

    String[] parts = hash.split("\\$");
    assertEquals(4, parts.length);
    assertEquals("pbkdf2-sha256", parts[0]);
    assertEquals("210000", parts[1]);
  }

  @Test
  void sameSaltIsNeverReused() {
    String first = hasher.hash("secret password".toCharArray());
    String second = hasher.hash("secret password".toCharArray());

    assertNotEquals(first.split("\\$")[2], second.split("\\$")[2]);
    assertNotEquals(first, second);
  }

  @Test
  void tamperedHashIsRejected() {
    String hash = hasher.hash("secret password".toCharArray());
    String[] parts = hash.split("\\$");
    char first = parts[3].charAt(0);
    parts[3] = (first == 'A' ? 'B' : 'A') + parts[3].substring(1);

    assertFalse(hasher.verify("secret password".toCharArray(), String.join("$", parts)));
  }

  @Test
  void tamperedSaltIsRejected() {
    String hash = hasher.hash("secret password".toCharArray());
    String[] parts = hash.split("\\$");
    char first = parts[2].charAt(0);
    parts[2] = (first == 'A' ? 'B' : 'A') + parts[2].substring(1);

    assertFalse(hasher.verify("secret password".toCharArray(), String.join("$", parts)));
  }

  @Test
  void loweredIterationCountIsRejected() {
    String hash = hasher.hash("secret password".toCharArray());

    String lowered = hash.replace("$210000$", "$1000$");

    assertFalse(hasher.verify("secret password".toCharArray(), lowered));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "plain text",
        "md5$1$abc$def",
        "pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$99999999999$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$1000$not base64!$AAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$1000$AAAA$AAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA"
      })
  void malformedStoredHashIsRejected(String stored) {
    assertFalse(hasher.verify("secret password".toCharArray(), stored));
  }

  @Test
  void composedAndDecomposedVietnameseMatch() {
    String composed = Normalizer.normalize("Trường Sơn 1975", Normalizer.Form.NFC);
    String decomposed = Normalizer.normalize("Trường Sơn 1975", Normalizer.Form.NFD);
    String hash = hasher.hash(composed.toCharArray());

    assertNotEquals(composed, decomposed);
    assertTrue(hasher.verify(decomposed.toCharArray(), hash));
  }

  @Test
  void weakerHashNeedsRehash() {
    PasswordHasher old = new PasswordHasher(new SecureRandom(), 1_000);
    String oldHash = old.hash("secret password".toCharArray());

    assertTrue(hasher.verify("secret password".toCharArray(), oldHash));
    assertTrue(hasher.needsRehash(oldHash));
    assertFalse(hasher.needsRehash(hasher.hash("secret password".toCharArray())));
    assertTrue(hasher.needsRehash("not a hash"));
  }
}
