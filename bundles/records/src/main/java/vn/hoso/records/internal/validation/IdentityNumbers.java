package vn.hoso.records.internal.validation;

import java.util.regex.Pattern;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.Sex;

/**
 * Checks of the personal identification number (số định danh cá nhân). Thông tư 59/2021/TT-BCA lays
 * out its 12 digits: the province code of the birth registration (001 to 096), one digit for sex
 * and century of birth, the last two digits of the birth year, and six random digits. The 9-digit
 * numbers of old identity cards (CMND) have no such structure.
 */
public final class IdentityNumbers {

  private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
  private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

  private IdentityNumbers() {}

  /** Returns whether the number is the 9-digit number of an old identity card. */
  public static boolean isLegacy(String number) {
    return number != null && NINE_DIGITS.matcher(number).matches();
  }

  /**
   * Checks the form of the number and, for a 12-digit number, that its sex and century digit and
   * its year digits match the person's sex and birth year.
   *
   * @param sex the person's sex, or null when not given (the match is then not checked)
   * @param birthDate the person's birth date, or null when not given
   */
  public static void check(
      Problems problems, String field, String number, Sex sex, PartialDate birthDate) {
    if (number == null || isLegacy(number)) {
      return;
    }
    if (!TWELVE_DIGITS.matcher(number).matches()) {
      problems.add(field, "identity-number-invalid", number);
      return;
    }
    int province = Integer.parseInt(number.substring(0, 3));
    if (province < 1 || province > 96) {
      problems.add(field, "identity-number-invalid", number);
      return;
    }
    if (sex == null || birthDate == null) {
      return;
    }
    int year = birthDate.value().getYear();
    if (year < 1900 || year > 2399) {
      return;
    }
    // 1900s: male 0, female 1; 2000s: 2 and 3; and so on up to the 2300s: 8 and 9.
    int centuryDigit = (year / 100 - 19) * 2 + (sex == Sex.FEMALE ? 1 : 0);
    String expected = centuryDigit + String.format("%02d", year % 100);
    if (!number.substring(3, 6).equals(expected)) {
      problems.add(field, "identity-number-mismatch", number, expected);
    }
  }
}
