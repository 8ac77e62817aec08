package vn.hoso.shell.internal.warning;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import vn.hoso.api.warning.WarningQueries;

/**
 * Base of the {@code hoso:warning-*} commands. The warning engine is an optional reference, so the
 * commands exist without the hoso-warnings feature and then say that it is missing.
 */
abstract class WarningCommand implements Action {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final ResourceBundle MESSAGES =
      ResourceBundle.getBundle(
          "vn.hoso.shell.internal.warning.messages",
          VIETNAMESE,
          WarningCommand.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  @Reference(optional = true)
  WarningQueries warnings;

  @Reference Session session;

  @Override
  public final Object execute() throws Exception {
    if (warnings == null) {
      throw new CommandException(message("engine-missing"));
    }
    run();
    return null;
  }

  abstract void run() throws Exception;

  static String message(String key, Object... arguments) {
    return new MessageFormat(MESSAGES.getString(key), VIETNAMESE).format(arguments);
  }

  java.io.PrintStream out() {
    return session.getConsole();
  }
}
