package vn.hoso.security.internal.jaas;

import javax.security.auth.login.LoginException;

/**
 * The user database could not be read during a login. It is a {@link LoginException} because JAAS
 * passes only those through unchanged; the authentication service treats it as a server fault, not
 * as a wrong password.
 */
public final class CredentialStoreException extends LoginException {

  private static final long serialVersionUID = 1L;

  CredentialStoreException(String message, Throwable cause) {
    super(message);
    initCause(cause);
  }
}
