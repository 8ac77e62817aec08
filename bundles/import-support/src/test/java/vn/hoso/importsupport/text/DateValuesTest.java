package vn.hoso.importsupport.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoso.api.record.DatePrecision;
import vn.hoso.api.record.PartialDate;

class DateValuesTest {

  @ParameterizedTest(name = "\"{0}\" is {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12/05/1985           | 1985-05-12 | DAY",
        "2/3/1990             | 1990-03-02 | DAY",
        "12.05.1985           | 1985-05-12 | DAY",
        "12-05-1985           | 1985-05-12 | DAY",
        "12 / 05 / 1985       | 1985-05-12 | DAY",
        "12/05/1985 00:00:00  | 1985-05-12 | DAY",
        "1985-05-12           | 1985-05-12 | DAY",
        "05/1985              | 1985-05-01 | MONTH",
        "5-1985               | 1985-05-01 | MONTH",
        "1985                 | 1985-01-01 | YEAR",
        "00/00/1960           | 1960-01-01 | YEAR",
        "00/07/1960           | 1960-07-01 | MONTH",
        "ngày 08 tháng 02 năm 2010 | 2010-02-08 | DAY",
        "Tháng 7 năm 2019     | 2019-07-01 | MONTH",
        "năm 1975             | 1975-01-01 | YEAR",
        "31182                | 1985-05-15 | DAY",
      })
  void textDates(String text, LocalDate value, DatePrecision precision) {
    Parsed<PartialDate> parsed = DateValues.fromText(text);

    assertEquals(new PartialDate(value, precision), parsed.value());
    assertNull(parsed.code());
  }

  @ParameterizedTest(name = "\"{0}\" gives {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12/05/85      | date.two-digit-year",
        "5/85          | date.two-digit-year",
        "85            | date.two-digit-year",
        "ngày 8 tháng 2 năm 10 | date.two-digit-year",
        "31/02/1990    | date.invalid",
        "05/25/1990    | date.invalid",
        "12/05/198     | date.unreadable",
        "mười hai      | date.unreadable",
        "1850          | date.unreadable",
      })
  void rejectedTextDates(String text, String code) {
    Parsed<PartialDate> parsed = DateValues.fromText(text);

    assertEquals(code, parsed.code());
    assertNull(parsed.value());
  }

  @ParameterizedTest(name = "serial {0} is {1}")
  @CsvSource({
    "1, 1900-01-01",
    "59, 1900-02-28",
    "61, 1900-03-01",
    "25569, 1970-01-01",
    "31182, 1985-05-15",
    "31182.75, 1985-05-15",
    "45658, 2025-01-01",
  })
  void excelSerials(BigDecimal serial, LocalDate expected) {
    assertEquals(expected, DateValues.serialToDate(serial, false));
  }

  @ParameterizedTest(name = "1904 serial {0} is {1}")
  @CsvSource({"0, 1904-01-01", "29720, 1985-05-15"})
  void excel1904Serials(BigDecimal serial, LocalDate expected) {
    assertEquals(expected, DateValues.serialToDate(serial, true));
  }

  @ParameterizedTest(name = "serial {0} is no day")
  @CsvSource({"0", "60", "-1", "2958466"})
  void serialsThatAreNoDay(BigDecimal serial) {
    assertNull(DateValues.serialToDate(serial, false));
  }

  @ParameterizedTest(name = "number {0} is {1} {2}")
  @CsvSource({
    "1985, 1985-01-01, YEAR",
    "2100, 2100-01-01, YEAR",
    "31182, 1985-05-15, DAY",
  })
  void numbers(BigDecimal number, LocalDate value, DatePrecision precision) {
    assertEquals(new PartialDate(value, precision), DateValues.fromNumber(number, false).value());
  }

  @ParameterizedTest(name = "number {0} gives {1}")
  @CsvSource({"85, date.two-digit-year", "2.34, date.unreadable", "1500, date.unreadable"})
  void rejectedNumbers(BigDecimal number, String code) {
    assertEquals(code, DateValues.fromNumber(number, false).code());
  }

  @ParameterizedTest(name = "date cell {0} with {1} precision")
  @CsvSource({
    "31182, DAY, 1985-05-15",
    "31182, MONTH, 1985-05-01",
    "31182, YEAR, 1985-01-01",
  })
  void dateCellsKeepTheirFormatPrecision(
      BigDecimal serial, DatePrecision precision, LocalDate value) {
    assertEquals(
        new PartialDate(value, precision), DateValues.fromSerial(serial, false, precision).value());
  }

  @ParameterizedTest(name = "\"{0}\" is empty")
  @CsvSource(value = {"''", "'   '"})
  void blankIsEmpty(String text) {
    assertEquals(Parsed.empty(), DateValues.fromText(text));
  }
}
