package vn.hoso.importxlsx.internal;

import java.util.Locale;
import vn.hoso.api.record.DatePrecision;

/**
 * Tells from a cell's number format whether Excel shows its number as a date, and how much of it.
 */
final class DateFormats {

  private DateFormats() {}

  /**
   * Returns the precision of a date format, or null when the format shows no date.
   *
   * @param formatId the built-in number format id, or null
   * @param formatCode the format code, such as {@code "dd/mm/yyyy"}, or null
   */
  static DatePrecision precision(Integer formatId, String formatCode) {
    if (formatCode == null || formatCode.isBlank()) {
      return builtInPrecision(formatId);
    }
    String code = stripLiterals(formatCode);
    boolean day = code.contains("d");
    boolean year = code.contains("y");
    boolean month = code.contains("m") && !code.contains("h") && !code.contains("s");
    if (day) {
      return DatePrecision.DAY;
    }
    if (month) {
      return DatePrecision.MONTH;
    }
    if (year) {
      return DatePrecision.YEAR;
    }
    return code.contains("h") || code.contains("s") ? DatePrecision.DAY : null;
  }

  /**
   * Returns the precision of a built-in format that has no format code in the file. Ids 14 to 22
   * and 45 to 47 are dates and times (17 is month and year). Ids 27 to 36 and 50 to 58 are the East
   * Asian date formats.
   */
  private static DatePrecision builtInPrecision(Integer id) {
    if (id == null) {
      return null;
    }
    if (id == 17) {
      return DatePrecision.MONTH;
    }
    boolean date =
        (id >= 14 && id <= 22)
            || (id >= 45 && id <= 47)
            || (id >= 27 && id <= 36)
            || (id >= 50 && id <= 58);
    return date ? DatePrecision.DAY : null;
  }

  /**
   * Removes what a format prints literally or uses for colour and locale: quoted text,
   * backslash-escaped characters and bracketed parts such as {@code [Red]} or {@code [$-42A]}. Only
   * the first section, for positive numbers, is kept.
   */
  private static String stripLiterals(String formatCode) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < formatCode.length(); i++) {
      char c = formatCode.charAt(i);
      if (quoted) {
        quoted = c != '"';
      } else if (bracket) {
        bracket = c != ']';
      } else if (c == '"') {
        quoted = true;
      } else if (c == '[') {
        bracket = true;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++;
      } else if (c == ';') {
        break;
      } else {
        out.append(c);
      }
    }
    String code = out.toString().toLowerCase(Locale.ROOT);
    return code.equals("general") ? "" : code;
  }
}
