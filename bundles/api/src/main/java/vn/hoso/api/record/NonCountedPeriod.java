package vn.hoso.api.record;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period that does not count towards the next salary step.
 *
 * @param id the row's identifier
 * @param kind why it does not count
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param workingDays the working days it covers as the decision states them, or null to let the
 *     rule count Monday to Friday between {@code from} and {@code to}
 * @param decision the decision, or null
 */
public record NonCountedPeriod(
    long id,
    NonCountedKind kind,
    LocalDate from,
    LocalDate to,
    Integer workingDays,
    LegalDecision decision) {

  public NonCountedPeriod {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
