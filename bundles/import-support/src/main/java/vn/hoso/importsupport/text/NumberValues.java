package vn.hoso.importsupport.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads numbers: decimals with a comma or a point, numbers stored as text, salary steps. */
public final class NumberValues {

  /**
   * Decimal places kept from a numeric cell. Excel stores 2.34 as 2.3399999999999999; rounding to
   * this many places and dropping trailing zeros gives 2.34 back.
   */
  static final int CELL_SCALE = 9;

  private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

  /** Thousands grouped by one separator and a decimal part after the other: 1.234,5 or 1,234.5. */
  private static final Pattern GROUPED =
      Pattern.compile("[+-]?\\d{1,3}(?:([.,])\\d{3})+(?:(?!\\1)[.,](\\d+))?");

  /** A step written "3", "3,0", "3/9" (step 3 of 9) or "Bậc 3". */
  private static final Pattern STEP =
      Pattern.compile("(?iu)(?:bậc|bac)?\\s*(\\d{1,2})(?:[.,]0+)?(?:\\s*/\\s*\\d{1,2})?");

  private NumberValues() {}

  /**
   * Reads a decimal written as text: "2,34" and "2.34" are both 2.34; "1.234,5" and "1,234.5" are
   * both 1234.5. Empty text gives an empty result.
   */
  public static Parsed<BigDecimal> decimalFromText(String text) {
    String compact = text.replace(" ", "");
    if (compact.isEmpty()) {
      return Parsed.empty();
    }
    if (PLAIN.matcher(compact).matches()) {
      return Parsed.of(new BigDecimal(compact.replace(',', '.')));
    }
    Matcher grouped = GROUPED.matcher(compact);
    if (grouped.matches()) {
      String separator = grouped.group(1);
      String digits = compact.replace(separator, "").replace(',', '.');
      return Parsed.of(new BigDecimal(digits));
    }
    return Parsed.error(
        ProblemCodes.NUMBER_UNREADABLE,
        "\"" + text + "\" không phải là số. Hãy ghi số thập phân với dấu phẩy, ví dụ 2,34.");
  }

  /** Rounds away the binary noise of a number read from a numeric cell. */
  public static BigDecimal fromCell(BigDecimal number) {
    BigDecimal rounded = number.setScale(Math.max(number.scale(), 0), RoundingMode.HALF_UP);
    if (rounded.scale() > CELL_SCALE) {
      rounded = rounded.setScale(CELL_SCALE, RoundingMode.HALF_UP);
    }
    BigDecimal stripped = rounded.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Gives a coefficient its two decimal places at least, as salary tables write them: 3 is 3.00.
   */
  public static BigDecimal coefficient(BigDecimal number) {
    BigDecimal clean = fromCell(number);
    return clean.scale() < 2 ? clean.setScale(2) : clean;
  }

  /** Reads a salary step written as text: "3", "3.0", "3/9", "Bậc 3". */
  public static Parsed<Integer> stepFromText(String text) {
    if (text.isBlank()) {
      return Parsed.empty();
    }
    Matcher matcher = STEP.matcher(text.strip());
    if (matcher.matches()) {
      return step(new BigDecimal(matcher.group(1)), text);
    }
    return stepError(text);
  }

  /** Reads a salary step from a numeric cell. */
  public static Parsed<Integer> stepFromNumber(BigDecimal number) {
    return step(fromCell(number), number.toPlainString());
  }

  private static Parsed<Integer> step(BigDecimal number, String text) {
    if (number.scale() > 0
        || number.signum() <= 0
        || number.compareTo(BigDecimal.valueOf(99)) > 0) {
      return stepError(text);
    }
    return Parsed.of(number.intValueExact());
  }

  private static Parsed<Integer> stepError(String text) {
    return Parsed.error(
        ProblemCodes.STEP_UNREADABLE,
        "Bậc lương \""
            + text
            + "\" không đọc được. Hãy ghi bậc là một số nguyên từ 1, ví dụ 3 hoặc 3/9.");
  }
}
