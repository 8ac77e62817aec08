package vn.hoso.api.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatedTableTest {

  private final DatedTable<String, Integer> table =
      DatedTable.<String, Integer>builder()
          .put("KHIEN_TRACH", LocalDate.of(2013, 9, 15), 6)
          .put("KHIEN_TRACH", LocalDate.of(2021, 8, 15), 3)
          .build();

  @ParameterizedTest
  @CsvSource({
    "2013-09-14, -1", // before the first value
    "2013-09-15, 6", // the first value's own date
    "2021-08-14, 6",
    "2021-08-15, 3", // the later value from its date on
    "2030-01-01, 3",
  })
  void valueInForceOnDate(LocalDate date, int expected) {
    Optional<Integer> value = table.at("KHIEN_TRACH", date);

    assertEquals(expected, value.orElse(-1));
  }

  @ParameterizedTest
  @CsvSource({"2000-01-01, 6", "2013-09-15, 6", "2022-01-01, 3"})
  void atOrFirstFallsBackToEarliest(LocalDate date, int expected) {
    assertEquals(expected, table.atOrFirst("KHIEN_TRACH", date).orElseThrow());
  }

  @Test
  void unknownKeyEmpty() {
    assertEquals(Optional.empty(), table.at("CANH_CAO", LocalDate.of(2022, 1, 1)));
  }

  @Test
  void duplicateDateRejected() {
    DatedTable.Builder<String, Integer> builder =
        DatedTable.<String, Integer>builder().put("A", LocalDate.of(2020, 1, 1), 1);

    assertThrows(
        IllegalArgumentException.class, () -> builder.put("A", LocalDate.of(2020, 1, 1), 2));
  }
}
