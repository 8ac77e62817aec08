package vn.hoso.api.security;

import java.util.Objects;

/**
 * A login, token or password check failed. The message is English and meant for logs; clients get
 * the {@link Reason#code() code} and a text of their own language.
 */
public final class AuthenticationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The cause of an authentication failure. Codes are stable and part of the REST API. */
  public enum Reason {
    /**
     * The username or password is wrong, the account does not exist, or the account is locked. The
     * three cases share one reason so that a client cannot tell whether an account exists.
     */
    INVALID_CREDENTIALS("invalid-credentials"),

    /** The current password given with a password change is wrong. */
    WRONG_CURRENT_PASSWORD("wrong-current-password"),

    /** The token is malformed, has an invalid signature, or is of the wrong kind. */
    INVALID_TOKEN("invalid-token"),

    /** The token has expired. */
    EXPIRED_TOKEN("expired-token"),

    /**
     * The token was revoked: by logout, a password change, a lock of the account, or the reuse of a
     * refresh token.
     */
    REVOKED_TOKEN("revoked-token");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** Stable machine-readable code in kebab case, for example {@code invalid-credentials}. */
    public String code() {
      return code;
    }
  }

  private final Reason reason;

  public AuthenticationException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
