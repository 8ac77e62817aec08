package vn.hoso.rest.internal.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Titles and details of problems in Vietnamese, or in English when the client prefers it.
 *
 * <p>Keys are {@code <code>.title} and {@code <code>.detail} for problems and {@code field.<code>}
 * for invalid fields; details and field messages take {@link MessageFormat} arguments.
 */
public final class ProblemMessages {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final String BUNDLE = "vn.hoso.rest.internal.problem.messages";

  private ProblemMessages() {}

  /**
   * Chooses English when the client's most preferred language is English and Vietnamese for
   * everything else, including no preference.
   */
  public static Locale choose(List<Locale> acceptableLanguages) {
    if (!acceptableLanguages.isEmpty() && "en".equals(acceptableLanguages.get(0).getLanguage())) {
      return Locale.ENGLISH;
    }
    return VIETNAMESE;
  }

  /** Returns whether the message files have a title and detail for a problem code. */
  public static boolean hasProblem(String code) {
    try {
      text(code + ".title", VIETNAMESE);
      text(code + ".detail", Locale.ENGLISH);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public static String title(String code, Locale locale) {
    return text(code + ".title", locale);
  }

  public static String detail(String code, Locale locale, Object... arguments) {
    return new MessageFormat(text(code + ".detail", locale), locale).format(arguments);
  }

  /**
   * Returns the message of an invalid field of an authentication or user request, from the key
   * {@code request-field.<code>} whose arguments start at {0}.
   */
  public static String field(String code, Locale locale, Object... arguments) {
    return new MessageFormat(text("request-field." + code, locale), locale).format(arguments);
  }

  /**
   * Returns the message of one field problem: the pattern {@code field.<code>} with the field as
   * {0} and the problem's arguments from {1} on. Without a pattern for the code, the field and code
   * alone.
   */
  public static String fieldMessage(
      String code, String field, List<String> arguments, Locale locale) {
    String pattern;
    try {
      pattern = text("field." + code, locale);
    } catch (IllegalArgumentException e) {
      return (field == null ? "" : field + ": ") + code;
    }
    Object[] values = new Object[arguments.size() + 1];
    values[0] = field == null ? "" : field;
    for (int i = 0; i < arguments.size(); i++) {
      values[i + 1] = arguments.get(i);
    }
    return new MessageFormat(pattern, locale).format(values);
  }

  private static String text(String key, Locale locale) {
    // No fallback to the JVM's default locale: an English server must still answer in Vietnamese.
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ProblemMessages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("No problem message '" + key + "' for " + locale, e);
    }
  }
}
