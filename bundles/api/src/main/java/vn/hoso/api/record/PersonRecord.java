package vn.hoso.api.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One person's record at a point in time: the fields the legal rules read, with the history tables
 * they count time on. Lists are unmodifiable and never null.
 *
 * @param id the person's identifier
 * @param name the name and its three parts
 * @param category the legal category
 * @param sex the sex
 * @param birthDate the birth date and how much of it is known
 * @param unitId the unit the person works in, or null when none is recorded
 * @param salaryHistory salary rows in any order
 * @param leadershipTerms leadership terms in any order
 * @param disciplines discipline decisions in any order
 * @param evaluations yearly evaluations in any order
 * @param nonCountedPeriods periods that do not count towards the next step
 * @param retirementAdjustments individual changes to the retirement moment
 * @param retirementNoticeDate when the written retirement notice was given, or null
 */
public record PersonRecord(
    long id,
    PersonName name,
    PersonCategory category,
    Sex sex,
    PartialDate birthDate,
    Long unitId,
    List<SalaryEntry> salaryHistory,
    List<LeadershipTerm> leadershipTerms,
    List<DisciplineEntry> disciplines,
    List<EvaluationEntry> evaluations,
    List<NonCountedPeriod> nonCountedPeriods,
    List<RetirementAdjustment> retirementAdjustments,
    LocalDate retirementNoticeDate) {

  public PersonRecord {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(birthDate, "birthDate");
    salaryHistory = List.copyOf(salaryHistory);
    leadershipTerms = List.copyOf(leadershipTerms);
    disciplines = List.copyOf(disciplines);
    evaluations = List.copyOf(evaluations);
    nonCountedPeriods = List.copyOf(nonCountedPeriods);
    retirementAdjustments = List.copyOf(retirementAdjustments);
  }
}
