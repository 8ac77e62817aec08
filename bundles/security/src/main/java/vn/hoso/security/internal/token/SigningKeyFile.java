package vn.hoso.security.internal.token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installation's token signing key: 256 random bits in a file, Base64-encoded, readable only by
 * the owner. The first start creates the file; later starts read it. Nodes of one cluster share it
 * by pointing {@code token.signing.key.file} to copies of the same file.
 */
public final class SigningKeyFile {

  private static final Logger LOG = LoggerFactory.getLogger(SigningKeyFile.class);

  static final int KEY_BYTES = 32;

  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");

  private SigningKeyFile() {}

  /**
   * Reads the key from the file, or creates the file with a new random key when it does not exist.
   *
   * @throws IOException when the file cannot be read or written
   * @throws IllegalStateException when the file does not contain a Base64 key of at least 256 bits
   */
  public static byte[] loadOrCreate(Path file, SecureRandom random) throws IOException {
    if (Files.notExists(file)) {
      byte[] key = new byte[KEY_BYTES];
      random.nextBytes(key);
      if (create(file, key)) {
        LOG.info("Created a new token signing key in '{}'", file);
        return key;
      }
      // Another node or thread created the file first; use its key.
    }
    restrictPermissions(file);
    return read(file);
  }

  /** Writes a new key file; returns {@code false} when the file exists already. */
  private static boolean create(Path file, byte[] key) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    boolean posix = isPosix(directory);
    if (posix) {
      Files.createDirectories(
          directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
    } else {
      Files.createDirectories(directory);
    }
    FileAttribute<?>[] attributes =
        posix
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
            : new FileAttribute<?>[0];
    byte[] encoded =
        (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
    try {
      Files.write(
          Files.createFile(file, attributes), encoded, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (FileAlreadyExistsException e) {
      return false;
    }
    if (!posix) {
      LOG.warn(
          "The file system of '{}' has no POSIX permissions; restrict read access to the token"
              + " signing key by hand",
          file);
    }
    return true;
  }

  private static void restrictPermissions(Path file) throws IOException {
    if (!isPosix(file)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
    if (!OWNER_ONLY_FILE.containsAll(permissions)) {
      Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
      LOG.warn(
          "Token signing key '{}' was readable by others ({}); its permissions are now rw-------",
          file,
          PosixFilePermissions.toString(permissions));
    }
  }

  private static byte[] read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
    byte[] key;
    try {
      key = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "Token signing key '" + file + "' is not Base64; delete it to create a new key", e);
    }
    if (key.length < KEY_BYTES) {
      throw new IllegalStateException(
          "Token signing key '"
              + file
              + "' has "
              + key.length * 8
              + " bits; at least 256 are required. Delete it to create a new key");
    }
    return key;
  }

  private static boolean isPosix(Path path) {
    Path existing = path.toAbsolutePath();
    while (existing != null && Files.notExists(existing)) {
      existing = existing.getParent();
    }
    return existing != null
        && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
