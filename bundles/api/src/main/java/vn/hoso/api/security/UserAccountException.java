package vn.hoso.api.security;

import java.util.List;
import java.util.Objects;

/**
 * A change to a user account was rejected: the user does not exist, or a value breaks a rule. The
 * message is English and meant for logs; clients get the {@link Reason#code() code}, the {@link
 * #arguments()} and a text of their own language.
 */
public final class UserAccountException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What was wrong. Codes are stable and part of the REST API. */
  public enum Reason {
    /** No user has the given id or username. Argument: the id or username. */
    USER_NOT_FOUND("user-not-found"),

    /** Another user already has this username. Argument: the username. */
    USERNAME_TAKEN("username-taken"),

    /**
     * The username is not 3 to 64 characters of lower-case letters a–z, digits, '.', '_', '-' and
     * '@', starting with a letter or digit. Argument: the username.
     */
    INVALID_USERNAME("invalid-username"),

    /**
     * The display name is longer than allowed or contains a control character. Argument: the
     * maximum length.
     */
    INVALID_DISPLAY_NAME("invalid-display-name"),

    /** The password is shorter than allowed. Argument: the minimum length. */
    PASSWORD_TOO_SHORT("password-too-short"),

    /** The password is longer than allowed. Argument: the maximum length. */
    PASSWORD_TOO_LONG("password-too-long"),

    /** The password contains the username. */
    PASSWORD_CONTAINS_USERNAME("password-contains-username"),

    /** The new password is the same as the current one. */
    PASSWORD_UNCHANGED("password-unchanged"),

    /**
     * The account has no local password because it logs in through the directory (LDAP or Active
     * Directory), whose administrator changes its password.
     */
    DIRECTORY_ACCOUNT("directory-account"),

    /** The user would have no role. */
    NO_ROLES("no-roles"),

    /** A role needs at least one unit id. Argument: the role. */
    UNITS_REQUIRED("units-required"),

    /** {@link Role#EMPLOYEE} needs a person id. */
    PERSON_REQUIRED("person-required"),

    /**
     * A unit or person id is not a positive whole number of at most 18 digits, the form of the
     * record service's ids. Argument: the id.
     */
    INVALID_ID("invalid-id"),

    /** The change would leave no unlocked administrator. Argument: the username. */
    LAST_ADMINISTRATOR("last-administrator");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** Stable machine-readable code in kebab case, for example {@code username-taken}. */
    public String code() {
      return code;
    }
  }

  private final Reason reason;
  private final List<Object> arguments;

  public UserAccountException(Reason reason, String message, Object... arguments) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.arguments = List.of(arguments);
  }

  public Reason reason() {
    return reason;
  }

  /** Values that the reason's documentation lists, for building the client's message. */
  public List<Object> arguments() {
    return arguments;
  }
}
