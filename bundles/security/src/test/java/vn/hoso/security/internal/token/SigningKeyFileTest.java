package vn.hoso.security.internal.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyFileTest {

  @TempDir Path directory;

  @Test
  void firstStartCreatesOwnerOnlyKey() throws Exception {
    Path file = directory.resolve("security/token-signing.key");

    byte[] key = SigningKeyFile.loadOrCreate(file, new SecureRandom());

    assertEquals(32, key.length);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
  }

  @Test
  void laterStartReadsSameKey() throws Exception {
    Path file = directory.resolve("token-signing.key");
    byte[] first = SigningKeyFile.loadOrCreate(file, new SecureRandom());

    byte[] second = SigningKeyFile.loadOrCreate(file, new SecureRandom());

    assertArrayEquals(first, second);
  }

  @Test
  void readableKeyFileIsRestricted() throws Exception {
    Path file = directory.resolve("token-signing.key");
    SigningKeyFile.loadOrCreate(file, new SecureRandom());
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    SigningKeyFile.loadOrCreate(file, new SecureRandom());

    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void shortKeyIsRejected() throws Exception {
    Path file = directory.resolve("token-signing.key");
    Files.writeString(file, "c2hvcnQga2V5\n");

    assertThrows(
        IllegalStateException.class, () -> SigningKeyFile.loadOrCreate(file, new SecureRandom()));
  }

  @Test
  void keyThatIsNotBase64IsRejected() throws Exception {
    Path file = directory.resolve("token-signing.key");
    Files.writeString(file, "this is not base64 at all!\n");

    assertThrows(
        IllegalStateException.class, () -> SigningKeyFile.loadOrCreate(file, new SecureRandom()));
  }
}
