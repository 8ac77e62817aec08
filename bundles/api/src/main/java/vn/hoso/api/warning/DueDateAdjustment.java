package vn.hoso.api.warning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One cause that moved an event's due date, such as a discipline that extends the time to the next
 * salary step or a postponed retirement.
 *
 * @param kind the cause in kebab case, for example {@code "discipline"}, {@code "evaluation"},
 *     {@code "non-counted"} or {@code "retirement-postponed"}; a rule documents the causes it uses
 * @param reason a Vietnamese description, for example "Kỷ luật khiển trách (công chức)"
 * @param from the date of the cause, or the first day of the period it covers, or null when the
 *     cause has no date of its own (an individual retirement adjustment without its decision)
 * @param to the last day of the period it covers, or null when the cause is a single date
 * @param workingDays the working days the cause covers, or null when it is not counted in days
 * @param months the months it moved the due date: positive moves it later, negative earlier, zero
 *     when the cause is listed but moved nothing (for example leave under 11 working days)
 */
public record DueDateAdjustment(
    String kind, String reason, LocalDate from, LocalDate to, Integer workingDays, int months) {

  public DueDateAdjustment {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }
}
