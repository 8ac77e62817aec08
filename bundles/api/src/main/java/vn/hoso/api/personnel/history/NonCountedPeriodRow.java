package vn.hoso.api.personnel.history;

import java.time.LocalDate;
import vn.hoso.api.record.LegalDecision;
import vn.hoso.api.record.NonCountedKind;

/**
 * A period that does not count towards the next salary step. Periods of one person must not
 * overlap.
 *
 * @param id the row's identifier
 * @param version the row's version
 * @param kind why it does not count; required
 * @param from the first day; required
 * @param to the last day, inclusive; required
 * @param workingDays the working days as the decision states them, or null to count Monday to
 *     Friday
 * @param decision the decision, or null
 */
public record NonCountedPeriodRow(
    Long id,
    Long version,
    NonCountedKind kind,
    LocalDate from,
    LocalDate to,
    Integer workingDays,
    LegalDecision decision)
    implements HistoryRow {}
