package vn.hoso.shell.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.UserAccount;
import vn.hoso.api.security.UserAccountException;
import vn.hoso.api.security.UserAdministration;

/**
 * Base of the {@code hoso:user-*} commands: finds users by username, reads passwords from the
 * console without echo, and reports failures in Vietnamese as a {@link CommandException}, which the
 * Karaf shell prints without a stack trace.
 */
abstract class UserCommand implements Action {

  private static final ResourceBundle MESSAGES =
      ResourceBundle.getBundle(
          "vn.hoso.shell.internal.messages",
          Locale.forLanguageTag("vi"),
          UserCommand.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  @Reference UserAdministration administration;

  @Reference Session session;

  @Override
  public final Object execute() throws Exception {
    try {
      run();
    } catch (UserAccountException e) {
      throw failure(describe(e));
    }
    return null;
  }

  /** Runs the command; a {@link UserAccountException} is reported as a failure. */
  abstract void run() throws Exception;

  /**
   * Returns the user with this username.
   *
   * @throws CommandException when there is none
   */
  UserAccount findUser(String username) throws CommandException {
    return administration
        .findUserByUsername(username)
        .orElseThrow(() -> failure(message("user-not-found", username)));
  }

  /**
   * Reads a new password twice from the console without echo, so that it never appears in the shell
   * history.
   *
   * @throws CommandException when the two entries differ or the input ended
   */
  char[] readNewPassword() throws IOException, CommandException {
    String first = readSecretLine(message("prompt.password") + " ");
    String second = first == null ? null : readSecretLine(message("prompt.repeat") + " ");
    if (first == null || second == null) {
      throw failure(message("password.aborted"));
    }
    if (!first.equals(second)) {
      throw failure(message("password.mismatch"));
    }
    return first.toCharArray();
  }

  private String readSecretLine(String prompt) throws IOException {
    try {
      return session.readLine(prompt, '*');
    } catch (UnsupportedOperationException e) {
      // A session without a terminal cannot prompt, so the line comes from standard input.
      return readInputLine(session.getKeyboard());
    }
  }

  /** Reads one UTF-8 line byte by byte, so that nothing after it is consumed. */
  static String readInputLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int next = in.read();
    if (next < 0) {
      return null;
    }
    while (next >= 0 && next != '\n') {
      line.write(next);
      next = in.read();
    }
    String text = line.toString(StandardCharsets.UTF_8);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }

  /**
   * Parses role codes such as {@code UNIT_OFFICER}, ignoring case.
   *
   * @throws CommandException for an unknown code
   */
  Set<Role> parseRoles(List<String> codes) throws CommandException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String code : codes) {
      try {
        roles.add(Role.valueOf(code.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        String valid =
            Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));
        throw failure(message("role.unknown", code, valid));
      }
    }
    return roles;
  }

  /** Returns who runs the command, for the log of the change. */
  String actor() {
    Object user = session.get("USER");
    return "shell:" + (user == null ? "unknown" : user);
  }

  PrintStream out() {
    return session.getConsole();
  }

  /** Returns a failure whose text the shell prints as it is. */
  static CommandException failure(String text) {
    return new CommandException(text, text);
  }

  static void clear(char[] password) {
    if (password != null) {
      Arrays.fill(password, '\0');
    }
  }

  static String message(String key, Object... arguments) {
    return new MessageFormat(MESSAGES.getString(key), Locale.forLanguageTag("vi"))
        .format(arguments);
  }

  static String describe(UserAccountException e) {
    String key = "error." + e.reason().code();
    String text =
        MESSAGES.containsKey(key) ? message(key, e.arguments().toArray()) : e.getMessage();
    return message("error", text, e.reason().code());
  }
}
