package vn.hoso.records.internal.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.hoso.api.personnel.history.AwardRow;
import vn.hoso.api.personnel.history.ContractType;
import vn.hoso.api.personnel.history.DisciplineRow;
import vn.hoso.api.personnel.history.EvaluationRow;
import vn.hoso.api.personnel.history.FamilyRelationRow;
import vn.hoso.api.personnel.history.LabourContractRow;
import vn.hoso.api.personnel.history.MembershipRow;
import vn.hoso.api.personnel.history.MilitaryServiceRow;
import vn.hoso.api.personnel.history.NonCountedPeriodRow;
import vn.hoso.api.personnel.history.Organisation;
import vn.hoso.api.personnel.history.RetirementAdjustmentRow;
import vn.hoso.api.personnel.history.TrainingRow;
import vn.hoso.api.personnel.history.WorkHistoryRow;
import vn.hoso.api.record.RetirementAdjustmentKind;
import vn.hoso.records.internal.reference.DisciplineFormEntity;
import vn.hoso.records.internal.reference.EvaluationRatingEntity;
import vn.hoso.records.internal.reference.QualificationLevelEntity;
import vn.hoso.records.internal.validation.Problems;

/** Rules of the history tables that derive no values: they only report problems. */
final class BasicHistoryRules {

  /** Maximum length in months of a fixed-term labour contract, Labour Code 2019, Article 20. */
  static final int MAX_FIXED_TERM_MONTHS = 36;

  private BasicHistoryRules() {}

  /** Checks a start date that is required and lies between birth and 2100. */
  private static boolean checkStart(
      HistoryContext context, Problems problems, String field, LocalDate date) {
    return problems.required(field, date)
        && problems.plausibleDate(field, date)
        && problems.notBeforeBirth(field, date, context.birthDate());
  }

  private static void checkEnd(Problems problems, String field, LocalDate start, LocalDate end) {
    if (problems.plausibleDate(field, end)) {
      problems.endNotBeforeStart(field, start, end);
    }
  }

  static WorkHistoryRow workHistory(
      HistoryContext context, WorkHistoryRow row, List<WorkHistoryRow> others, Problems problems) {
    checkStart(context, problems, "from", row.from());
    checkEnd(problems, "to", row.from(), row.to());
    if (row.title() == null && row.unitName() == null) {
      problems.add("title", "required");
    }
    HistoryChecks.checkUnit(context, problems, "unitId", row.unitId());
    HistoryChecks.checkDecision(context, problems, row.decision());
    return row;
  }

  static TrainingRow training(
      HistoryContext context, TrainingRow row, List<TrainingRow> others, Problems problems) {
    problems.required("type", row.type());
    checkStart(context, problems, "from", row.from());
    checkEnd(problems, "to", row.from(), row.to());
    if (row.school() == null && row.field() == null) {
      problems.add("school", "required");
    }
    if (row.qualificationCode() != null
        && !context.reference().contains(QualificationLevelEntity.class, row.qualificationCode())) {
      problems.add("qualificationCode", "unknown-code", row.qualificationCode());
    }
    HistoryChecks.checkDecision(context, problems, row.decision());
    return row;
  }

  static AwardRow award(
      HistoryContext context, AwardRow row, List<AwardRow> others, Problems problems) {
    problems.required("form", row.form());
    if (row.awardedOn() == null && row.year() == null) {
      problems.add("awardedOn", "required");
    }
    if (problems.pastDate("awardedOn", row.awardedOn(), context.today())) {
      problems.notBeforeBirth("awardedOn", row.awardedOn(), context.birthDate());
    }
    problems.range("year", row.year(), 1900, context.today().getYear());
    HistoryChecks.checkDecision(context, problems, row.decision());
    return row;
  }

  static DisciplineRow discipline(
      HistoryContext context, DisciplineRow row, List<DisciplineRow> others, Problems problems) {
    boolean formGiven = problems.required("form", row.form());
    boolean dateValid = checkStart(context, problems, "effectiveDate", row.effectiveDate());
    checkEnd(problems, "endDate", row.effectiveDate(), row.endDate());
    if (formGiven && dateValid) {
      List<DisciplineFormEntity> periods =
          context.reference().disciplineForms(context.category(), row.form().name());
      boolean allowed = periods.stream().anyMatch(p -> p.isValidOn(row.effectiveDate()));
      if (!allowed) {
        problems.add(
            "form",
            "discipline-form-not-valid",
            row.form().name(),
            context.category().name(),
            row.effectiveDate());
      }
    }
    HistoryChecks.checkDecision(context, problems, row.decision());
    return row;
  }

  static EvaluationRow evaluation(
      HistoryContext context, EvaluationRow row, List<EvaluationRow> others, Problems problems) {
    Integer year = row.year();
    boolean yearValid =
        problems.required("year", year)
            && problems.range("year", year, 1950, context.today().getYear());
    if (yearValid && others.stream().anyMatch(o -> year.equals(o.year()))) {
      problems.add("year", "duplicate-year", year);
    }
    if (problems.required("rating", row.rating()) && yearValid) {
      Optional<EvaluationRatingEntity> rating =
          context.reference().evaluationRating(row.rating().name());
      if (rating.isEmpty()) {
        problems.add("rating", "unknown-code", row.rating().name());
      } else if (!rating.get().isValidFor(year)) {
        problems.add("rating", "rating-not-valid-for-year", row.rating().name(), year);
      }
    }
    problems.range("score", row.score(), 0, 100);
    HistoryChecks.checkDecision(context, problems, row.decision());
    return row;
  }

  static NonCountedPeriodRow nonCountedPeriod(
      HistoryContext context,
      NonCountedPeriodRow row,
      List<NonCountedPeriodRow> others,
      Problems problems) {
    problems.required("kind", row.kind());
    boolean fromValid = checkStart(context, problems, "from", row.from());
    boolean toValid = problems.required("to", row.to()) && problems.plausibleDate("to", row.to());
    if (fromValid && toValid && problems.endNotBeforeStart("to", row.from(), row.to())) {
      Periods.checkNoOverlap(
          problems,
          "from",
          row.from(),
          row.to(),
          others,
          NonCountedPeriodRow::from,
          NonCountedPeriodRow::to);
    }
    problems.range("workingDays", row.workingDays(), 0, 10_000);
    HistoryChecks.checkDecision(context, problems, row.decision());
    return row;
  }

  static FamilyRelationRow familyRelation(
      HistoryContext context,
      FamilyRelationRow row,
      List<FamilyRelationRow> others,
      Problems problems) {
    problems.required("side", row.side());
    problems.required("relation", row.relation());
    problems.required("fullName", row.fullName());
    problems.range("birthYear", row.birthYear(), 1850, context.today().getYear());
    return row;
  }

  static MembershipRow membership(
      HistoryContext context, MembershipRow row, List<MembershipRow> others, Problems problems) {
    boolean organisationGiven = problems.required("organisation", row.organisation());
    if (row.organisation() == Organisation.OTHER) {
      problems.required("organisationName", row.organisationName());
    }
    boolean joinedValid = checkStart(context, problems, "joinedOn", row.joinedOn());
    checkEnd(problems, "officialOn", row.joinedOn(), row.officialOn());
    checkEnd(problems, "leftOn", row.joinedOn(), row.leftOn());
    if (organisationGiven && joinedValid && !problems.has("leftOn")) {
      List<MembershipRow> same =
          others.stream().filter(o -> o.organisation() == row.organisation()).toList();
      if (row.organisation() == Organisation.OTHER) {
        same =
            same.stream()
                .filter(o -> row.organisationName() != null)
                .filter(o -> row.organisationName().equalsIgnoreCase(o.organisationName()))
                .toList();
      }
      Periods.checkNoOverlap(
          problems,
          "joinedOn",
          row.joinedOn(),
          row.leftOn(),
          same,
          MembershipRow::joinedOn,
          MembershipRow::leftOn);
    }
    HistoryChecks.checkDecision(context, problems, row.decision());
    return row;
  }

  static MilitaryServiceRow militaryService(
      HistoryContext context,
      MilitaryServiceRow row,
      List<MilitaryServiceRow> others,
      Problems problems) {
    boolean enlistedValid = checkStart(context, problems, "enlistedOn", row.enlistedOn());
    checkEnd(problems, "dischargedOn", row.enlistedOn(), row.dischargedOn());
    if (enlistedValid && !problems.has("dischargedOn")) {
      Periods.checkNoOverlap(
          problems,
          "enlistedOn",
          row.enlistedOn(),
          row.dischargedOn(),
          others,
          MilitaryServiceRow::enlistedOn,
          MilitaryServiceRow::dischargedOn);
    }
    HistoryChecks.checkDecision(context, problems, row.decision());
    return row;
  }

  static LabourContractRow labourContract(
      HistoryContext context,
      LabourContractRow row,
      List<LabourContractRow> others,
      Problems problems) {
    boolean typeGiven = problems.required("type", row.type());
    boolean startValid = checkStart(context, problems, "startDate", row.startDate());
    checkEnd(problems, "endDate", row.startDate(), row.endDate());
    checkEnd(problems, "terminatedOn", row.startDate(), row.terminatedOn());
    if (typeGiven && row.type() == ContractType.FIXED_TERM) {
      if (problems.required("endDate", row.endDate()) && startValid) {
        LocalDate latestEnd = row.startDate().plusMonths(MAX_FIXED_TERM_MONTHS).minusDays(1);
        if (row.endDate().isAfter(latestEnd)) {
          problems.add("endDate", "contract-term-too-long", row.endDate(), latestEnd);
        }
      }
    } else if (typeGiven && row.endDate() != null) {
      problems.add("endDate", "end-date-not-allowed", row.endDate());
    }
    if (startValid && !problems.has("endDate") && !problems.has("terminatedOn")) {
      Periods.checkNoOverlap(
          problems,
          "startDate",
          row.startDate(),
          lastDay(row),
          others,
          LabourContractRow::startDate,
          BasicHistoryRules::lastDay);
    }
    HistoryChecks.checkDecision(context, problems, row.decision());
    return row;
  }

  /** Returns the last day a contract ran: its termination, its end date, or null while open. */
  private static LocalDate lastDay(LabourContractRow row) {
    return row.terminatedOn() != null ? row.terminatedOn() : row.endDate();
  }

  static RetirementAdjustmentRow retirementAdjustment(
      HistoryContext context,
      RetirementAdjustmentRow row,
      List<RetirementAdjustmentRow> others,
      Problems problems) {
    boolean kindGiven = problems.required("kind", row.kind());
    if (problems.required("months", row.months()) && kindGiven) {
      if (row.kind() == RetirementAdjustmentKind.POSTPONED) {
        int months = row.months();
        if (months != 1 && months != 3 && months != 6) {
          problems.add("months", "invalid-value", months, "1, 3, 6");
        }
      } else {
        problems.range("months", row.months(), 1, 60);
      }
    }
    problems.required("legalBasis", row.legalBasis());
    HistoryChecks.checkDecision(context, problems, row.decision());
    return row;
  }
}
