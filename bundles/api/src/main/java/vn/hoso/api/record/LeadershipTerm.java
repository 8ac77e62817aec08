package vn.hoso.api.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One term in a leadership position (chức vụ lãnh đạo, quản lý).
 *
 * @param id the row's identifier
 * @param title the position, for example "Trưởng phòng"
 * @param allowanceCoefficient hệ số phụ cấp chức vụ, or null when none
 * @param unitId the unit the position is in, or null
 * @param kind how the term began
 * @param effectiveDate when the appointment decision took effect
 * @param termEnd when the term ends as the decision states it, or null when the decision does not
 *     say (the term then ends on the fifth anniversary of {@code effectiveDate})
 * @param decision the decision, or null
 */
public record LeadershipTerm(
    long id,
    String title,
    BigDecimal allowanceCoefficient,
    Long unitId,
    AppointmentKind kind,
    LocalDate effectiveDate,
    LocalDate termEnd,
    LegalDecision decision) {

  public LeadershipTerm {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
  }
}
