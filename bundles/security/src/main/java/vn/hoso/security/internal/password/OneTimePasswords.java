package vn.hoso.security.internal.password;

import java.security.SecureRandom;

/** Generates passwords that an administrator types once and then changes. */
public final class OneTimePasswords {

  /** Letters and digits without the look-alikes 0/O, 1/l/I. */
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private static final int GROUPS = 4;
  private static final int GROUP_LENGTH = 5;

  private OneTimePasswords() {}

  /**
   * Generates a password of four groups of five characters joined by '-', for example {@code
   * Hq7Rk-mZ3xP-...}; 20 random characters carry about 117 bits.
   */
  public static char[] generate(SecureRandom random) {
    char[] password = new char[GROUPS * GROUP_LENGTH + GROUPS - 1];
    int position = 0;
    for (int group = 0; group < GROUPS; group++) {
      if (group > 0) {
        password[position++] = '-';
      }
      for (int i = 0; i < GROUP_LENGTH; i++) {
        password[position++] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      }
    }
    return password;
  }
}
