package vn.hoso.importsupport.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads identity numbers: the 12-digit số định danh cá nhân (CCCD) and the 9-digit CMND of old
 * records.
 *
 * <p>A CCCD starts with the 3-digit code of a province (001 to 096), so it always starts with 0,
 * and with 00 for codes 001 to 009. A numeric cell drops those zeros, leaving 11 or 10 digits,
 * which are put back with a warning. An 8-digit number is a CMND that lost its leading 0.
 */
public final class IdentityNumbers {

  private static final Pattern SCIENTIFIC = Pattern.compile("\\d+([.,]\\d+)?[eE][+]?\\d+");

  /** Characters people put between groups of digits: spaces, dots, hyphens. */
  private static final Pattern GROUPING = Pattern.compile("[\\s.\\-]");

  private IdentityNumbers() {}

  /**
   * Reads an identity number written as text. A leading apostrophe (Excel's mark for "keep as
   * text") and spaces, dots or hyphens between digits are dropped.
   *
   * @param fromNumber whether the text may come from a number, as every value of a CSV file
   *     exported from a numeric column may. Then a lost leading zero is put back with a warning.
   */
  public static Parsed<String> fromText(String text, boolean fromNumber) {
    String trimmed = text.strip();
    if (trimmed.startsWith("'") || trimmed.startsWith("’")) {
      trimmed = trimmed.substring(1).strip();
    }
    if (trimmed.isEmpty()) {
      return Parsed.empty();
    }
    if (SCIENTIFIC.matcher(trimmed).matches()) {
      return Parsed.error(
          ProblemCodes.IDENTITY_PRECISION_LOST,
          "Số định danh \""
              + text
              + "\" bị Excel hiển thị dạng số mũ nên đã mất các chữ số cuối. Hãy định dạng cột là Văn bản (Text) và nhập lại đủ 12 chữ số.");
    }
    String digits = GROUPING.matcher(trimmed).replaceAll("");
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return invalid(text);
    }
    return checkLength(digits, text, fromNumber);
  }

  /** Reads an identity number from a numeric cell, which drops leading zeros. */
  public static Parsed<String> fromNumber(BigDecimal number) {
    BigDecimal clean = NumberValues.fromCell(number);
    if (clean.scale() > 0 || clean.signum() < 0) {
      return invalid(number.toPlainString());
    }
    String digits = clean.toPlainString();
    return checkLength(digits, digits, true);
  }

  private static Parsed<String> checkLength(String digits, String text, boolean fromNumber) {
    if (digits.length() == 12 || digits.length() == 9) {
      return Parsed.of(digits);
    }
    int lostZeros =
        switch (digits.length()) {
          case 11, 8 -> 1;
          case 10 -> 2;
          default -> 0;
        };
    if (fromNumber && lostZeros > 0) {
      String restored = "0".repeat(lostZeros) + digits;
      return Parsed.warning(
          restored,
          ProblemCodes.IDENTITY_ZERO_RESTORED,
          "Số định danh "
              + digits
              + " được lưu dạng số nên mất chữ số 0 ở đầu; đã ghi lại thành "
              + restored
              + ". Hãy kiểm tra lại và định dạng cột là Văn bản (Text).");
    }
    return invalid(text);
  }

  private static Parsed<String> invalid(String text) {
    return Parsed.error(
        ProblemCodes.IDENTITY_INVALID,
        "Số định danh \""
            + text
            + "\" không hợp lệ: số định danh cá nhân (CCCD) có 12 chữ số, chứng minh nhân dân cũ có 9 chữ số.");
  }
}
