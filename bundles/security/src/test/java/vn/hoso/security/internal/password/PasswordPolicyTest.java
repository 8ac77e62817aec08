package vn.hoso.security.internal.password;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.hoso.api.security.UserAccountException;
import vn.hoso.api.security.UserAccountException.Reason;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy(10);

  @Test
  void shortPasswordIsRejectedWithMinimum() {
    UserAccountException e =
        assertThrows(
            UserAccountException.class, () -> policy.check("lan", "ngắn quá".toCharArray()));

    assertEquals(Reason.PASSWORD_TOO_SHORT, e.reason());
    assertEquals(10, e.arguments().get(0));
  }

  @Test
  void longPasswordIsRejected() {
    char[] password = "a".repeat(129).toCharArray();

    UserAccountException e =
        assertThrows(UserAccountException.class, () -> policy.check("lan", password));

    assertEquals(Reason.PASSWORD_TOO_LONG, e.reason());
  }

  @Test
  void passwordContainingUsernameIsRejected() {
    UserAccountException e =
        assertThrows(
            UserAccountException.class,
            () -> policy.check("nguyenvana", "NguyenVanA-2024".toCharArray()));

    assertEquals(Reason.PASSWORD_CONTAINS_USERNAME, e.reason());
  }

  @Test
  void vietnameseLettersCountAsOneCharacterEach() {
    assertDoesNotThrow(() -> policy.check("lan", "Đồng hồ số".toCharArray()));
  }

  @Test
  void minimumBelowFloorIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(7));
  }
}
