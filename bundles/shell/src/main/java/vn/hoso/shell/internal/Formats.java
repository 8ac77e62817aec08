package vn.hoso.shell.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.UserAccount;

/** Text of user accounts in the console. */
final class Formats {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.systemDefault());

  private Formats() {}

  static String roles(UserAccount user) {
    return user.assignment().roles().stream()
        .sorted()
        .map(Role::name)
        .collect(Collectors.joining(", "));
  }

  static String units(UserAccount user) {
    return user.assignment().unitIds().stream().sorted().collect(Collectors.joining(", "));
  }

  static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  /** Returns the state of an account: locked, temporarily locked, or active. */
  static String state(UserAccount user) {
    if (user.locked()) {
      return UserCommand.message("state.locked");
    }
    if (user.lockedUntil() != null) {
      return UserCommand.message("state.locked-until", dateTime(user.lockedUntil()));
    }
    if (user.passwordChangeRequired()) {
      return UserCommand.message("state.change-password");
    }
    return UserCommand.message("state.active");
  }
}
