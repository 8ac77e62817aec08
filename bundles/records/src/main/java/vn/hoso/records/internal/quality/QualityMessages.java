package vn.hoso.records.internal.quality;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The Vietnamese messages of data-quality problems, from {@code messages.properties} next to this
 * class.
 */
final class QualityMessages {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle(
          "vn.hoso.records.internal.quality.messages",
          Locale.ROOT,
          QualityMessages.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private static final DateTimeFormatter VIETNAMESE_DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private QualityMessages() {}

  /**
   * Returns the message of a problem: the arguments in order, or for a missing field its label.
   *
   * @throws IllegalArgumentException when the code has no message
   */
  static String format(String code, String field, List<String> arguments) {
    String pattern;
    try {
      pattern = BUNDLE.getString(code);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("No message for data-quality code '" + code + "'", e);
    }
    Object[] values;
    if (arguments.isEmpty() && field != null) {
      String key = "field." + field;
      values = new Object[] {BUNDLE.containsKey(key) ? BUNDLE.getString(key) : field};
    } else {
      values = arguments.stream().map(QualityMessages::display).toArray();
    }
    return new MessageFormat(pattern, Locale.ROOT).format(values);
  }

  /** Shows an ISO date as dd/MM/yyyy and every other value as it is. */
  private static String display(String argument) {
    if (argument.length() == 10 && argument.charAt(4) == '-') {
      try {
        return LocalDate.parse(argument).format(VIETNAMESE_DATE);
      } catch (DateTimeParseException e) {
        return argument;
      }
    }
    return argument;
  }
}
