package vn.hoso.api.personnel.history;

import java.time.LocalDate;
import vn.hoso.api.record.LegalDecision;

/**
 * An award (khen thưởng).
 *
 * @param id the row's identifier
 * @param version the row's version
 * @param form the form of award, for example "Bằng khen của Bộ trưởng"; required
 * @param awardedOn when it was awarded; it or {@code year} is required
 * @param year the year it was awarded for, when only the year is known
 * @param reason what it was awarded for
 * @param decision the decision, or null
 */
public record AwardRow(
    Long id,
    Long version,
    String form,
    LocalDate awardedOn,
    Integer year,
    String reason,
    LegalDecision decision)
    implements HistoryRow {}
