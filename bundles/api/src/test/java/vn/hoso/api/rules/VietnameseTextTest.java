package vn.hoso.api.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

  @ParameterizedTest
  @CsvSource({"3.33, '3,33'", "3.3, '3,30'", "4, '4,00'", "0.2490, '0,249'", "8.00, '8,00'"})
  void decimalUsesCommaAndTwoPlaces(BigDecimal value, String expected) {
    assertEquals(expected, VietnameseText.decimal(value));
  }

  @Test
  void datePadsDayAndMonth() {
    assertEquals("08/02/2010", VietnameseText.date(LocalDate.of(2010, 2, 8)));
  }
}
