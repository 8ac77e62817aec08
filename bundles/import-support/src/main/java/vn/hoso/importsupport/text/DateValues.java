package vn.hoso.importsupport.text;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoso.api.record.DatePrecision;
import vn.hoso.api.record.PartialDate;

/**
 * Reads dates as Vietnamese staff lists write them.
 *
 * <p>Accepted: real date cells; Excel serial numbers; text dd/mm/yyyy, dd.mm.yyyy or dd-mm-yyyy
 * (one or two digits for day and month); mm/yyyy; a bare year; yyyy-mm-dd; the prose form "ngày 08
 * tháng 02 năm 2010". A day or month of 0 or 00 means unknown, as in "00/00/1960". A year of two
 * digits is rejected, never guessed.
 */
public final class DateValues {

  /** Years read as a year rather than as an Excel serial number (which would be in 1905). */
  static final int FIRST_YEAR = 1900;

  static final int LAST_YEAR = 2100;

  /** The Excel serial number of 31/12/9999, the last date Excel has. */
  private static final long LAST_SERIAL = 2_958_465;

  private static final String SEP = "\\s*[/.\\-]\\s*";

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})" + SEP + "(\\d{1,2})" + SEP + "(\\d{1,4})");

  private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})" + SEP + "(\\d{1,4})");

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  private static final Pattern NUMBER = Pattern.compile("\\d{1,7}");

  /** The prose forms, matched on folded words. */
  private static final Pattern PROSE_DAY =
      Pattern.compile("(?:ngay )?(\\d{1,2}) thang (\\d{1,2}) nam (\\d{1,4})");

  private static final Pattern PROSE_MONTH = Pattern.compile("thang (\\d{1,2}) nam (\\d{1,4})");

  private static final Pattern PROSE_YEAR = Pattern.compile("nam (\\d{1,4})");

  /** A time after the date, as CSV exports write it. */
  private static final Pattern TRAILING_TIME =
      Pattern.compile("\\s+\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(\\s*[AaPp][Mm])?$");

  private DateValues() {}

  /** Reads a date written as text. Empty text gives an empty result. */
  public static Parsed<PartialDate> fromText(String text) {
    String trimmed = TRAILING_TIME.matcher(text.strip()).replaceFirst("");
    if (trimmed.isEmpty()) {
      return Parsed.empty();
    }
    Matcher m;
    if ((m = DAY_MONTH_YEAR.matcher(trimmed)).matches()) {
      return fromParts(text, m.group(1), m.group(2), m.group(3));
    }
    if ((m = ISO.matcher(trimmed)).matches()) {
      return fromParts(text, m.group(3), m.group(2), m.group(1));
    }
    if ((m = MONTH_YEAR.matcher(trimmed)).matches()) {
      return fromParts(text, "0", m.group(1), m.group(2));
    }
    if (NUMBER.matcher(trimmed).matches()) {
      return fromNumber(new BigDecimal(trimmed), false);
    }
    String words = Folding.foldWords(trimmed);
    if ((m = PROSE_DAY.matcher(words)).matches()) {
      return fromParts(text, m.group(1), m.group(2), m.group(3));
    }
    if ((m = PROSE_MONTH.matcher(words)).matches()) {
      return fromParts(text, "0", m.group(1), m.group(2));
    }
    if ((m = PROSE_YEAR.matcher(words)).matches()) {
      return fromParts(text, "0", "0", m.group(1));
    }
    return Parsed.error(
        ProblemCodes.DATE_UNREADABLE,
        "Không đọc được ngày \""
            + text
            + "\". Hãy ghi theo dạng ngày/tháng/năm (12/05/1985), tháng/năm (05/1985) hoặc chỉ năm (1985).");
  }

  /**
   * Reads a number that stands for a date: a year from 1900 to 2100, or else an Excel serial
   * number. Used for numeric cells without a date format and for numbers stored as text.
   */
  public static Parsed<PartialDate> fromNumber(BigDecimal number, boolean date1904) {
    BigDecimal whole = number.setScale(0, java.math.RoundingMode.FLOOR);
    if (number.signum() <= 0 || whole.compareTo(BigDecimal.valueOf(LAST_SERIAL)) > 0) {
      return unreadableNumber(number);
    }
    long value = whole.longValueExact();
    if (value < 100 && number.compareTo(whole) == 0) {
      return twoDigitYear(number.toPlainString());
    }
    if (value >= FIRST_YEAR && value <= LAST_YEAR && number.compareTo(whole) == 0) {
      return Parsed.of(PartialDate.ofYear((int) value));
    }
    if (value <= LAST_YEAR) {
      return unreadableNumber(number);
    }
    return fromSerial(number, date1904, DatePrecision.DAY);
  }

  /**
   * Reads a cell that Excel formats as a date. The precision comes from the cell's number format: a
   * format without a day (mm/yyyy) gives a month, one with only a year gives a year.
   */
  public static Parsed<PartialDate> fromSerial(
      BigDecimal serial, boolean date1904, DatePrecision precision) {
    LocalDate date = serialToDate(serial, date1904);
    if (date == null) {
      return Parsed.error(
          ProblemCodes.DATE_INVALID,
          "Ô ngày chứa số "
              + serial.toPlainString()
              + ", không phải một ngày có thật trong Excel. Hãy nhập lại ngày theo dạng ngày/tháng/năm.");
    }
    return Parsed.of(
        switch (precision) {
          case DAY -> PartialDate.ofDay(date);
          case MONTH -> PartialDate.ofMonth(YearMonth.from(date));
          case YEAR -> PartialDate.ofYear(date.getYear());
        });
  }

  /**
   * Converts an Excel serial number to its day, ignoring the time of day, or returns null for a
   * number that is no day: below 1, above 31/12/9999, or 60 in the 1900 date system, the 29/02/1900
   * that Excel counts although it did not exist.
   */
  public static LocalDate serialToDate(BigDecimal serial, boolean date1904) {
    if (serial.signum() < 0) {
      return null;
    }
    long days = serial.setScale(0, java.math.RoundingMode.FLOOR).longValue();
    if (date1904) {
      return days > LAST_SERIAL ? null : LocalDate.of(1904, 1, 1).plusDays(days);
    }
    if (days < 1 || days == 60 || days > LAST_SERIAL) {
      return null;
    }
    // Serials after 60 are shifted by Excel's non-existent 29/02/1900.
    return LocalDate.of(1899, 12, days < 60 ? 31 : 30).plusDays(days);
  }

  private static Parsed<PartialDate> fromParts(String text, String day, String month, String year) {
    if (year.length() == 2) {
      return twoDigitYear(text);
    }
    if (year.length() != 4) {
      return Parsed.error(
          ProblemCodes.DATE_UNREADABLE,
          "Năm trong \"" + text + "\" phải có bốn chữ số, ví dụ 12/05/1985.");
    }
    int y = Integer.parseInt(year);
    int m = Integer.parseInt(month);
    int d = Integer.parseInt(day);
    try {
      if (m == 0 && d == 0) {
        return Parsed.of(PartialDate.ofYear(y));
      }
      if (d == 0) {
        return Parsed.of(PartialDate.ofMonth(YearMonth.of(y, m)));
      }
      return Parsed.of(PartialDate.ofDay(LocalDate.of(y, m, d)));
    } catch (DateTimeException e) {
      String hint =
          m > 12 && d <= 12
              ? " Có thể ngày được ghi theo kiểu tháng/ngày/năm; hãy ghi theo kiểu ngày/tháng/năm."
              : " Hãy kiểm tra lại ngày và tháng.";
      return Parsed.error(ProblemCodes.DATE_INVALID, "Ngày \"" + text + "\" không có thật." + hint);
    }
  }

  private static Parsed<PartialDate> twoDigitYear(String text) {
    return Parsed.error(
        ProblemCodes.DATE_TWO_DIGIT_YEAR,
        "Năm trong \""
            + text
            + "\" chỉ có hai chữ số nên không biết thuộc thế kỷ nào. Hãy ghi đủ bốn chữ số, ví dụ 12/05/1985.");
  }

  private static Parsed<PartialDate> unreadableNumber(BigDecimal number) {
    return Parsed.error(
        ProblemCodes.DATE_UNREADABLE,
        "Số "
            + number.toPlainString()
            + " không phải là ngày hay năm. Hãy ghi theo dạng ngày/tháng/năm (12/05/1985) hoặc chỉ năm (1985).");
  }
}
