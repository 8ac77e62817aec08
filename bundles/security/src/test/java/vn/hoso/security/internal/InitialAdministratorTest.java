package vn.hoso.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.api.security.AuthenticationException;
import vn.hoso.api.security.Caller;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.RoleAssignment;
import vn.hoso.api.security.TokenGrant;
import vn.hoso.api.security.UserAccount;

class InitialAdministratorTest {

  @TempDir Path keyDirectory;

  private SecurityFixture fixture;
  private InitialAdministrator initial;

  @BeforeEach
  void setUp() {
    fixture = new SecurityFixture(keyDirectory);
    initial =
        new InitialAdministrator(
            fixture.dataSource, fixture.hasher, fixture.clock, new SecureRandom());
  }

  @Test
  void firstStartCreatesAdminWhoMustChangePassword() {
    char[] password = initial.ensureAdministrator().orElseThrow();

    UserAccount admin = fixture.administration.findUserByUsername("admin").orElseThrow();
    assertEquals(Set.of(Role.ADMINISTRATOR), admin.assignment().roles());
    assertTrue(admin.passwordChangeRequired());
    assertTrue(admin.localPassword());
    assertEquals(23, password.length);
  }

  @Test
  void oneTimePasswordOnlyAllowsChangingIt() {
    char[] password = initial.ensureAdministrator().orElseThrow();

    TokenGrant grant = fixture.authentication.login("admin", password.clone());
    Caller restricted = fixture.authentication.authenticate(grant.accessToken());
    TokenGrant changed =
        fixture.authentication.changePassword(
            grant.accessToken(), password.clone(), "Quản trị mới 2026".toCharArray());
    Caller administrator = fixture.authentication.authenticate(changed.accessToken());

    assertTrue(grant.passwordChangeRequired());
    assertEquals(Set.of(), restricted.roles());
    assertEquals(Set.of(Role.ADMINISTRATOR), administrator.roles());
    assertThrows(
        AuthenticationException.class, () -> fixture.authentication.login("admin", password));
  }

  @Test
  void laterStartCreatesNothing() {
    initial.ensureAdministrator().orElseThrow();

    Optional<char[]> second = initial.ensureAdministrator();

    assertTrue(second.isEmpty());
    assertEquals(1, fixture.administration.listUsers(0, 10).total());
  }

  @Test
  void existingAdministratorPreventsCreation() {
    fixture.createUser("quantri", new RoleAssignment(Set.of(Role.ADMINISTRATOR), Set.of(), null));

    assertTrue(initial.ensureAdministrator().isEmpty());
    assertFalse(fixture.administration.findUserByUsername("admin").isPresent());
  }

  @Test
  void adminWithoutRoleIsRestored() throws Exception {
    UserAccount admin = fixture.createOfficer("admin");
    TokenGrant old = fixture.authentication.login("admin", SecurityFixture.PASSWORD.toCharArray());
    lockInDatabase(admin);

    char[] password = initial.ensureAdministrator().orElseThrow();

    UserAccount restored = fixture.administration.findUser(admin.id()).orElseThrow();
    assertEquals(Set.of(Role.ADMINISTRATOR, Role.UNIT_OFFICER), restored.assignment().roles());
    assertFalse(restored.locked());
    assertTrue(restored.passwordChangeRequired());
    assertThrows(
        AuthenticationException.class,
        () -> fixture.authentication.authenticate(old.accessToken()));
    assertTrue(fixture.authentication.login("admin", password).passwordChangeRequired());
  }

  /** Locks a user the way a database administrator might, outside Hoso's checks. */
  private void lockInDatabase(UserAccount user) throws Exception {
    try (Connection connection = fixture.dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("UPDATE users SET locked = TRUE WHERE id = ?")) {
      statement.setString(1, user.id().toString());
      statement.executeUpdate();
    }
  }
}
