package vn.hoso.security.internal.password;

import java.util.Locale;
import vn.hoso.api.security.UserAccountException;
import vn.hoso.api.security.UserAccountException.Reason;

/**
 * The rules a new password must meet: a minimum and a maximum length, and not containing the
 * username. Following NIST SP 800-63B, it sets no rules on character classes.
 */
public final class PasswordPolicy {

  /** Longest accepted password; it bounds the work of one hash. */
  public static final int MAX_LENGTH = 128;

  /** Smallest minimum length that the configuration may set. */
  public static final int MIN_LENGTH_FLOOR = 8;

  private final int minLength;

  public PasswordPolicy(int minLength) {
    if (minLength < MIN_LENGTH_FLOOR || minLength > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "Minimum password length must be between "
              + MIN_LENGTH_FLOOR
              + " and "
              + MAX_LENGTH
              + ", not "
              + minLength);
    }
    this.minLength = minLength;
  }

  public int minLength() {
    return minLength;
  }

  /**
   * Checks a new password of a user.
   *
   * @throws UserAccountException with the first rule the password breaks
   */
  public void check(String username, char[] password) {
    int length = Character.codePointCount(password, 0, password.length);
    if (length < minLength) {
      throw new UserAccountException(
          Reason.PASSWORD_TOO_SHORT,
          "Password has " + length + " characters; at least " + minLength + " are required",
          minLength);
    }
    if (length > MAX_LENGTH) {
      throw new UserAccountException(
          Reason.PASSWORD_TOO_LONG,
          "Password has " + length + " characters; at most " + MAX_LENGTH + " are allowed",
          MAX_LENGTH);
    }
    String lowerCase = new String(password).toLowerCase(Locale.ROOT);
    if (lowerCase.contains(username.toLowerCase(Locale.ROOT))) {
      throw new UserAccountException(
          Reason.PASSWORD_CONTAINS_USERNAME,
          "Password of user '" + username + "' contains the username");
    }
  }
}
