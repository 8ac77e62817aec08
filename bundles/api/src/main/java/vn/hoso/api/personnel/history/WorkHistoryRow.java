package vn.hoso.api.personnel.history;

import java.time.LocalDate;
import vn.hoso.api.record.LegalDecision;

/**
 * A period of the work history (quá trình công tác). Periods may overlap, as concurrent posts do.
 *
 * @param id the row's identifier
 * @param version the row's version
 * @param from the first day, or the 1st of the month when only the month is known; required
 * @param to the last day, or null while it lasts
 * @param title the position held; it or {@code unitName} is required
 * @param unitName the agency or unit as written in the record
 * @param unitId the unit, when it is in the unit tree
 * @param decision the decision, or null
 */
public record WorkHistoryRow(
    Long id,
    Long version,
    LocalDate from,
    LocalDate to,
    String title,
    String unitName,
    Long unitId,
    LegalDecision decision)
    implements HistoryRow {}
