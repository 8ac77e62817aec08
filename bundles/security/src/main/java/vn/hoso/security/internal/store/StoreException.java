package vn.hoso.security.internal.store;

import java.sql.SQLException;

/** A database statement of the security tables failed. */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** SQLSTATE of a unique constraint violation, the same on H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";

  StoreException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage(), cause);
  }

  /** Returns whether the failure was a duplicate key, for example a username that exists. */
  public boolean isUniqueViolation() {
    return getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState());
  }
}
