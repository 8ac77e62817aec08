package vn.hoso.api.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarningEventTest {

  @Test
  void detailsKeepInsertionOrder() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("nextStep", "4");
    details.put("nextCoefficient", "3.33");
    details.put("intervalMonths", "36");

    WarningEvent event = event("salary-step", details);

    assertEquals(
        List.of("nextStep", "nextCoefficient", "intervalMonths"),
        List.copyOf(event.details().keySet()));
  }

  @Test
  void ruleIdNotKebabCaseRejected() {
    assertThrows(IllegalArgumentException.class, () -> event("SalaryStep", Map.of()));
  }

  @Test
  void detailsCannotBeChanged() {
    WarningEvent event = event("salary-step", Map.of("nextStep", "4"));

    assertThrows(UnsupportedOperationException.class, () -> event.details().put("x", "y"));
  }

  private static WarningEvent event(String ruleId, Map<String, String> details) {
    return new WarningEvent(
        ruleId,
        "salary-step-due",
        LocalDate.of(2024, 3, 1),
        "Nâng lương",
        details,
        List.of(),
        "Thông tư 08/2013/TT-BNV",
        List.of());
  }
}
