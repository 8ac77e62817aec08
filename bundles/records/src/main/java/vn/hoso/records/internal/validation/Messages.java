package vn.hoso.records.internal.validation;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The Vietnamese messages of validation problems, from {@code messages.properties} next to this
 * class.
 *
 * <p>A message pattern takes the field's Vietnamese label as {0} and the problem's arguments as
 * {1}, {2} and so on. An argument that has a {@code value.<argument>} entry, such as an enum
 * constant, is shown by that entry's text.
 */
final class Messages {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle(
          "vn.hoso.records.internal.validation.messages",
          Locale.ROOT,
          Messages.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private Messages() {}

  static String format(String field, String code, List<String> arguments) {
    String pattern;
    try {
      pattern = BUNDLE.getString(code);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("No message for validation code '" + code + "'", e);
    }
    Object[] values = new Object[arguments.size() + 1];
    values[0] = label(field);
    for (int i = 0; i < arguments.size(); i++) {
      values[i + 1] = display(arguments.get(i));
    }
    return new MessageFormat(pattern, Locale.ROOT).format(values);
  }

  /** Returns the Vietnamese label of a field path, or the path itself when it has none. */
  static String label(String field) {
    if (field == null) {
      return "";
    }
    String key = "field." + field;
    return BUNDLE.containsKey(key) ? BUNDLE.getString(key) : field;
  }

  private static String display(String argument) {
    if (argument == null) {
      return "(trống)";
    }
    String key = "value." + argument;
    return BUNDLE.containsKey(key) ? BUNDLE.getString(key) : argument;
  }
}
