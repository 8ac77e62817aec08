package vn.hoso.security.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** The form of usernames: stored and compared in lower case. */
public final class Usernames {

  /** 3 to 64 characters; '@' allows Active Directory names such as {@code an.nv@bo.gov.vn}. */
  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");

  private Usernames() {}

  /** Trims and lower-cases a username as typed; {@code null} stays {@code null}. */
  public static String normalize(String username) {
    return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
  }

  /** Returns whether a normalized username has the allowed form. */
  public static boolean isValid(String normalized) {
    return normalized != null && VALID.matcher(normalized).matches();
  }
}
