package vn.hoso.records.internal.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import vn.hoso.api.record.Sex;

/**
 * Hands out identity numbers that no other generated person has.
 *
 * <p>A personal identification number has 12 digits (Thông tư 59/2021/TT-BCA): the province code of
 * the birth registration, one digit for sex and century (0 for a man born in the 1900s, 1 for a
 * woman, 2 and 3 for the 2000s), the last two digits of the birth year, and six random digits. An
 * old identity card (CMND) has 9 digits without that structure.
 */
final class IdentityNumberPool {

  private final Set<String> used = new HashSet<>();

  /** Returns a new 12-digit number of a person born in the province, year and sex. */
  String personal(SplittableRandom random, String provinceCode, Sex sex, LocalDate birth) {
    int year = birth.getYear();
    int centuryDigit = (year / 100 - 19) * 2 + (sex == Sex.FEMALE ? 1 : 0);
    String prefix = provinceCode + centuryDigit + String.format("%02d", year % 100);
    while (true) {
      String number = prefix + String.format("%06d", random.nextInt(1_000_000));
      if (used.add(number)) {
        return number;
      }
    }
  }

  /** Returns a new 9-digit number of an old identity card issued in Hà Nội or another province. */
  String legacy(SplittableRandom random, boolean hanoi) {
    while (true) {
      String number =
          hanoi
              ? "01" + String.format("%07d", random.nextInt(10_000_000))
              : "1" + random.nextInt(10) + String.format("%07d", random.nextInt(10_000_000));
      if (used.add(number)) {
        return number;
      }
    }
  }

  /** Returns the number of numbers handed out. */
  int size() {
    return used.size();
  }
}
