package vn.hoso.importsupport.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoso.api.imports.ImportProblem.Severity;

class IdentityNumbersTest {

  @ParameterizedTest(name = "text \"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "001085012345     | 001085012345",
        "'001085012345    | 001085012345",
        "' 001 085 012 345 | 001085012345",
        "001.085.012.345  | 001085012345",
        "012345678        | 012345678",
      })
  void textNumbers(String text, String expected) {
    Parsed<String> parsed = IdentityNumbers.fromText(text, false);

    assertEquals(expected, parsed.value());
    assertNull(parsed.code());
  }

  @ParameterizedTest(name = "text \"{0}\" gives {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "01085012345  | identity.invalid",
        "0010850123   | identity.invalid",
        "00108501234a | identity.invalid",
        "1,08501E+11  | identity.precision-lost",
        "1.08501E+11  | identity.precision-lost",
      })
  void rejectedTextNumbers(String text, String code) {
    Parsed<String> parsed = IdentityNumbers.fromText(text, false);

    assertEquals(code, parsed.code());
    assertNull(parsed.value());
  }

  @Test
  void numericCellRegainsLeadingZero() {
    Parsed<String> parsed = IdentityNumbers.fromNumber(new BigDecimal("79085012345"));

    assertEquals("079085012345", parsed.value());
    assertEquals(Severity.WARNING, parsed.severity());
    assertEquals(ProblemCodes.IDENTITY_ZERO_RESTORED, parsed.code());
  }

  @Test
  void numericCellOfTenDigitsRegainsTwoZeros() {
    Parsed<String> parsed = IdentityNumbers.fromNumber(new BigDecimal("1085012345"));

    assertEquals("001085012345", parsed.value());
    assertEquals(ProblemCodes.IDENTITY_ZERO_RESTORED, parsed.code());
  }

  @Test
  void numericCellOfSevenDigitsIsInvalid() {
    Parsed<String> parsed = IdentityNumbers.fromNumber(new BigDecimal("1234567"));

    assertEquals(ProblemCodes.IDENTITY_INVALID, parsed.code());
    assertNull(parsed.value());
  }

  @ParameterizedTest(name = "number {0} is {1}")
  @CsvSource({
    "79085012345, 079085012345",
    "12345678, 012345678",
    "179085012345, 179085012345",
    "123456789, 123456789",
  })
  void numericCells(BigDecimal number, String expected) {
    assertEquals(expected, IdentityNumbers.fromNumber(number).value());
  }

  @Test
  void csvTextOfElevenDigitsRegainsZero() {
    Parsed<String> parsed = IdentityNumbers.fromText("79085012345", true);

    assertEquals("079085012345", parsed.value());
    assertEquals(ProblemCodes.IDENTITY_ZERO_RESTORED, parsed.code());
  }
}
