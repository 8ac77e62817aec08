package vn.hoso.api.personnel.history;

import java.time.LocalDate;
import vn.hoso.api.record.DisciplineForm;
import vn.hoso.api.record.LegalDecision;

/**
 * A discipline decision (kỷ luật).
 *
 * @param id the row's identifier
 * @param version the row's version
 * @param form the form of discipline; it must be one the law allowed for the person's category on
 *     the effective date; required
 * @param effectiveDate when the decision took effect; required
 * @param endDate when the discipline ended, or null when the record does not say
 * @param reason the violation
 * @param decision the decision, or null
 */
public record DisciplineRow(
    Long id,
    Long version,
    DisciplineForm form,
    LocalDate effectiveDate,
    LocalDate endDate,
    String reason,
    LegalDecision decision)
    implements HistoryRow {}
