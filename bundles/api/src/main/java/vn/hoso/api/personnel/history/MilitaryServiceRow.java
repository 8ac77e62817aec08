package vn.hoso.api.personnel.history;

import java.time.LocalDate;
import vn.hoso.api.record.LegalDecision;

/**
 * A period of military service (nhập ngũ, xuất ngũ). Periods must not overlap.
 *
 * @param id the row's identifier
 * @param version the row's version
 * @param enlistedOn ngày nhập ngũ; required
 * @param dischargedOn ngày xuất ngũ, or null while serving
 * @param branch the service branch or unit
 * @param highestRank quân hàm cao nhất
 * @param decision the decision, or null
 */
public record MilitaryServiceRow(
    Long id,
    Long version,
    LocalDate enlistedOn,
    LocalDate dischargedOn,
    String branch,
    String highestRank,
    LegalDecision decision)
    implements HistoryRow {}
