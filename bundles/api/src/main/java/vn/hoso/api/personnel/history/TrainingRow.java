package vn.hoso.api.personnel.history;

import java.time.LocalDate;
import vn.hoso.api.record.LegalDecision;

/**
 * A course of training (đào tạo, bồi dưỡng).
 *
 * @param id the row's identifier
 * @param version the row's version
 * @param type what the course taught; required
 * @param from the first day; required
 * @param to the last day, or null while it lasts
 * @param school the school or training institution; it or {@code field} is required
 * @param field the field of study
 * @param mode how the course was taught
 * @param qualificationCode the qualification level obtained, a code of that list
 * @param degree the degree or certificate as named on it
 * @param decision the decision sending the person, or null
 */
public record TrainingRow(
    Long id,
    Long version,
    TrainingType type,
    LocalDate from,
    LocalDate to,
    String school,
    String field,
    TrainingMode mode,
    String qualificationCode,
    String degree,
    LegalDecision decision)
    implements HistoryRow {}
