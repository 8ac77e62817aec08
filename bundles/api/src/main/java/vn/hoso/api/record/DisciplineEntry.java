package vn.hoso.api.record;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One discipline decision.
 *
 * @param id the row's identifier
 * @param form the form of discipline
 * @param effectiveDate when the decision took effect
 * @param endDate when the discipline ended, or null when the record does not say
 * @param decision the decision, or null
 */
public record DisciplineEntry(
    long id,
    DisciplineForm form,
    LocalDate effectiveDate,
    LocalDate endDate,
    LegalDecision decision) {

  public DisciplineEntry {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
  }
}
