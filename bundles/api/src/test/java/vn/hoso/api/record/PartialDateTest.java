package vn.hoso.api.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void parseAndFormatRoundTrip() {
    for (String text : List.of("1988-02-29", "1988-02", "1988")) {
      assertEquals(text, PartialDate.parse(text).toIsoString());
    }
  }

  @Test
  void parseKeepsThePrecision() {
    assertEquals(
        new PartialDate(LocalDate.of(1970, 1, 1), DatePrecision.YEAR), PartialDate.parse("1970"));
    assertEquals(
        new PartialDate(LocalDate.of(1970, 6, 1), DatePrecision.MONTH),
        PartialDate.parse("1970-06"));
  }

  @Test
  void parseRejectsDaysThatDoNotExist() {
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("1989-02-29"));
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("1989-13"));
  }

  @Test
  void parseRejectsOtherFormats() {
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("29/02/1988"));
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(""));
  }
}
