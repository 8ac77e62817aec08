package vn.hoso.api.personnel.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.hoso.api.record.AppointmentKind;
import vn.hoso.api.record.LegalDecision;

/**
 * A term in a leadership position (chức vụ lãnh đạo, quản lý).
 *
 * @param id the row's identifier
 * @param version the row's version
 * @param title the position as the decision names it, for example "Trưởng phòng"; required
 * @param positionCode a code of the leadership allowance table; when given, the allowance must be
 *     one that table lists for the position on the effective date
 * @param allowanceCoefficient hệ số phụ cấp chức vụ; taken from the table when null and the
 *     position has exactly one coefficient
 * @param unitId the unit the position is in, or null when it is outside the unit tree
 * @param kind how the term began; required
 * @param effectiveDate when the appointment took effect; required
 * @param termEnd when the term ends as the decision states it, or null for five years
 * @param endedOn when the person actually left the post before the term ended, or null
 * @param decision the decision, or null
 */
public record LeadershipTermRow(
    Long id,
    Long version,
    String title,
    String positionCode,
    BigDecimal allowanceCoefficient,
    Long unitId,
    AppointmentKind kind,
    LocalDate effectiveDate,
    LocalDate termEnd,
    LocalDate endedOn,
    LegalDecision decision)
    implements HistoryRow {}
