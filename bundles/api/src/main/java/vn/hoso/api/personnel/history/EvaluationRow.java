package vn.hoso.api.personnel.history;

import vn.hoso.api.record.EvaluationRating;
import vn.hoso.api.record.LegalDecision;

/**
 * The yearly evaluation (đánh giá, xếp loại chất lượng) of one year; at most one per year.
 *
 * @param id the row's identifier
 * @param version the row's version
 * @param year the evaluated year; required
 * @param rating the rating; it must be one in use in that year; required
 * @param score the points from 0 to 100, for years rated on points
 * @param decision the decision, or null
 */
public record EvaluationRow(
    Long id,
    Long version,
    Integer year,
    EvaluationRating rating,
    Integer score,
    LegalDecision decision)
    implements HistoryRow {}
