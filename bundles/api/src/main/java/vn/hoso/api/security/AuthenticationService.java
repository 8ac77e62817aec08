package vn.hoso.api.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Logs users in and out and checks bearer tokens.
 *
 * <p>A login starts a session with an access token, valid for minutes, and a refresh token, valid
 * until the session ends. Each refresh rotates the refresh token: a refresh token that was already
 * used revokes the whole session. Passwords are passed as {@code char[]} and cleared by the caller
 * after the call; the service never stores or logs them.
 *
 * <p>Threading: all methods are thread-safe.
 */
@ProviderType
public interface AuthenticationService {

  /**
   * Checks the username and password against the {@code hoso} JAAS realm and starts a session.
   *
   * <p>A wrong password counts as a failed login; after the configured number of failures in a row
   * the account is locked for the configured time. When {@link TokenGrant#passwordChangeRequired()}
   * is set, the access token only allows {@link #changePassword} and {@link #logout}.
   *
   * @throws AuthenticationException with {@link AuthenticationException.Reason#INVALID_CREDENTIALS}
   *     when the account does not exist, is locked, or the password is wrong
   */
  TokenGrant login(String username, char[] password);

  /**
   * Exchanges a refresh token for a new access token and a new refresh token of the same session.
   * The session keeps its original end.
   *
   * @throws AuthenticationException when the refresh token is invalid, expired or revoked; a
   *     refresh token presented a second time revokes its session
   */
  TokenGrant refresh(String refreshToken);

  /**
   * Ends the session of an access token: the access token and its refresh token are rejected from
   * now on, on every node.
   *
   * @throws AuthenticationException when the access token is invalid, expired or already revoked
   */
  void logout(String accessToken);

  /**
   * Verifies an access token and returns the user behind it, with roles and units as they are now.
   *
   * @throws AuthenticationException with {@code INVALID_TOKEN}, {@code EXPIRED_TOKEN} or {@code
   *     REVOKED_TOKEN}
   */
  Caller authenticate(String accessToken);

  /**
   * Changes the password of the user of an access token, ends all of the user's sessions and starts
   * a new one.
   *
   * @throws AuthenticationException when the access token is not valid, or with {@link
   *     AuthenticationException.Reason#WRONG_CURRENT_PASSWORD}, which also counts as a failed login
   * @throws UserAccountException when the new password breaks the password rules or the account
   *     logs in through the directory
   */
  TokenGrant changePassword(String accessToken, char[] currentPassword, char[] newPassword);
}
