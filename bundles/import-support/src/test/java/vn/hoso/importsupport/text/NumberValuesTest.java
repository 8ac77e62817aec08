package vn.hoso.importsupport.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberValuesTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2,34      | 2.34",
        "2.34      | 2.34",
        "' 4,4 '   | 4.4",
        "3         | 3",
        "1.234,5   | 1234.5",
        "1,234.5   | 1234.5",
        "1.234.567 | 1234567",
      })
  void decimalsFromText(String text, BigDecimal expected) {
    assertEquals(expected, NumberValues.decimalFromText(text).value());
  }

  @ParameterizedTest(name = "\"{0}\" is no number")
  @CsvSource(
      delimiter = '|',
      value = {"abc", "2,3,4x", "'2 ,34a'"})
  void rejectedDecimals(String text) {
    Parsed<BigDecimal> parsed = NumberValues.decimalFromText(text);

    assertEquals(ProblemCodes.NUMBER_UNREADABLE, parsed.code());
    assertNull(parsed.value());
  }

  @ParameterizedTest(name = "cell {0} is coefficient {1}")
  @CsvSource({
    "2.3399999999999999, 2.34",
    "2.67, 2.67",
    "3, 3.00",
    "4.4, 4.40",
    "0.1000000000000000055, 0.10",
  })
  void coefficientsFromCells(BigDecimal cell, String expected) {
    assertEquals(expected, NumberValues.coefficient(cell).toPlainString());
  }

  @ParameterizedTest(name = "step \"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {"3 | 3", "3/9 | 3", "03 / 12 | 3", "Bậc 4 | 4", "3,0 | 3", "12 | 12"})
  void stepsFromText(String text, int expected) {
    assertEquals(expected, NumberValues.stepFromText(text).value());
  }

  @ParameterizedTest(name = "step \"{0}\" is rejected")
  @CsvSource({"0", "2.5", "ba", "-1"})
  void rejectedSteps(String text) {
    assertEquals(ProblemCodes.STEP_UNREADABLE, NumberValues.stepFromText(text).code());
  }

  @ParameterizedTest(name = "step cell {0} is {1}")
  @CsvSource({"3, 3", "3.0, 3", "2.9999999999999996, 3"})
  void stepsFromCells(BigDecimal cell, int expected) {
    assertEquals(expected, NumberValues.stepFromNumber(cell).value());
  }
}
