package vn.hoso.api.security;

import java.util.Optional;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates and changes user accounts.
 *
 * <p>This service does not check who calls it: the REST API allows it only to {@link
 * Role#ADMINISTRATOR}, and the Karaf shell only to Karaf administrators. The {@code actor} of each
 * change (a username, or {@code shell:<name>} for the Karaf shell) is written to the log.
 *
 * <p>Locking an account and setting its password end its open sessions. Role changes apply from the
 * user's next request, because {@link AuthenticationService#authenticate} reads the roles each
 * time.
 *
 * <p>Threading: all methods are thread-safe.
 */
@ProviderType
public interface UserAdministration {

  /** Maximum length of {@link NewUser#displayName()}. */
  int DISPLAY_NAME_MAX_LENGTH = 200;

  /** Maximum length of a unit id and a person id. */
  int ID_MAX_LENGTH = 64;

  /** Largest page size of {@link #listUsers}. */
  int PAGE_SIZE_MAX = 200;

  /**
   * Creates a user account.
   *
   * @throws UserAccountException when the username is invalid or taken, or the password or
   *     assignment breaks a rule
   */
  UserAccount createUser(NewUser user, String actor);

  /**
   * Sets the password of a user and ends the user's sessions.
   *
   * @param changeRequired whether the user must change this password at the next login
   * @throws UserAccountException when the user does not exist or the password breaks a rule
   */
  UserAccount setPassword(UUID userId, char[] password, boolean changeRequired, String actor);

  /**
   * Replaces the roles, unit ids and person id of a user.
   *
   * @throws UserAccountException when the user does not exist, the assignment breaks a rule, or the
   *     last unlocked administrator would lose the role
   */
  UserAccount assignRoles(UUID userId, RoleAssignment assignment, String actor);

  /**
   * Locks an account until {@link #unlock}, and ends its sessions.
   *
   * @throws UserAccountException when the user does not exist or is the last unlocked administrator
   */
  UserAccount lock(UUID userId, String actor);

  /**
   * Lifts an administrator's lock and a temporary lock after failed logins.
   *
   * @throws UserAccountException when the user does not exist
   */
  UserAccount unlock(UUID userId, String actor);

  Optional<UserAccount> findUser(UUID userId);

  /** Finds a user by username; the lookup ignores case and surrounding spaces. */
  Optional<UserAccount> findUserByUsername(String username);

  /**
   * Returns one page of accounts ordered by username.
   *
   * @param page zero-based page number
   * @param size accounts per page, 1 to {@value #PAGE_SIZE_MAX}
   * @throws IllegalArgumentException when page or size is out of range
   */
  UserPage listUsers(int page, int size);
}
