package vn.hoso.warning.salary.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.hoso.api.record.DisciplineEntry;
import vn.hoso.api.record.DisciplineForm;
import vn.hoso.api.record.EvaluationEntry;
import vn.hoso.api.record.EvaluationRating;
import vn.hoso.api.record.NonCountedKind;
import vn.hoso.api.record.NonCountedPeriod;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.PersonName;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.RetirementAdjustment;
import vn.hoso.api.record.RetirementAdjustmentKind;
import vn.hoso.api.record.SalaryChangeKind;
import vn.hoso.api.record.SalaryEntry;
import vn.hoso.api.record.Sex;

/** Builds person records for the salary tests. */
final class PersonBuilder {

  private long id = 1;
  private PersonCategory category = PersonCategory.CONG_CHUC;
  private final List<SalaryEntry> salaries = new ArrayList<>();
  private final List<DisciplineEntry> disciplines = new ArrayList<>();
  private final List<EvaluationEntry> evaluations = new ArrayList<>();
  private final List<NonCountedPeriod> nonCounted = new ArrayList<>();
  private final List<RetirementAdjustment> adjustments = new ArrayList<>();
  private LocalDate noticeDate;

  static PersonBuilder person(PersonCategory category) {
    PersonBuilder builder = new PersonBuilder();
    builder.category = category;
    return builder;
  }

  PersonBuilder id(long value) {
    id = value;
    return this;
  }

  /** Adds a salary row that took effect on the date its time counts from. */
  PersonBuilder salary(
      String table, String type, int step, String coefficient, LocalDate countedFrom) {
    return salary(table, type, step, coefficient, countedFrom, countedFrom, "0", null);
  }

  PersonBuilder salary(
      String table,
      String type,
      int step,
      String coefficient,
      LocalDate effectiveDate,
      LocalDate countedFrom,
      String seniorityPercent,
      SalaryChangeKind changeKind) {
    salaries.add(
        new SalaryEntry(
            salaries.size() + 1,
            table,
            type,
            "01.003",
            step,
            new BigDecimal(coefficient),
            effectiveDate,
            countedFrom,
            new BigDecimal(seniorityPercent),
            null,
            changeKind));
    return this;
  }

  /**
   * Adds history rows written as space-separated items: {@code discipline:FORM:yyyy-mm-dd}, {@code
   * rating:RATING:yyyy}, {@code leave:from:to} (working days counted Monday to Friday) or {@code
   * leave:from:to:days} (working days as the decision states them).
   */
  PersonBuilder history(String items) {
    for (String item : items.trim().split("\\s+")) {
      if (item.isEmpty()) {
        continue;
      }
      String[] parts = item.split(":");
      switch (parts[0]) {
        case "discipline" ->
            disciplines.add(
                new DisciplineEntry(
                    disciplines.size() + 1,
                    DisciplineForm.valueOf(parts[1]),
                    LocalDate.parse(parts[2]),
                    null,
                    null));
        case "rating" ->
            evaluations.add(
                new EvaluationEntry(
                    evaluations.size() + 1,
                    Integer.parseInt(parts[2]),
                    EvaluationRating.valueOf(parts[1])));
        case "leave" ->
            nonCounted.add(
                new NonCountedPeriod(
                    nonCounted.size() + 1,
                    NonCountedKind.UNPAID_LEAVE,
                    LocalDate.parse(parts[1]),
                    LocalDate.parse(parts[2]),
                    parts.length > 3 ? Integer.valueOf(parts[3]) : null,
                    null));
        default -> throw new IllegalArgumentException("Unknown history item " + item);
      }
    }
    return this;
  }

  PersonBuilder notice(LocalDate date) {
    noticeDate = date;
    return this;
  }

  PersonBuilder earlierRetirement(int months, String legalBasis) {
    adjustments.add(
        new RetirementAdjustment(
            adjustments.size() + 1, RetirementAdjustmentKind.EARLIER, months, legalBasis, null));
    return this;
  }

  PersonRecord build() {
    return new PersonRecord(
        id,
        new PersonName("Trần Thị Như Quỳnh", "Trần", "Thị Như", "Quỳnh"),
        category,
        Sex.FEMALE,
        PartialDate.ofDay(LocalDate.of(1975, 4, 12)),
        7L,
        salaries,
        List.of(),
        disciplines,
        evaluations,
        nonCounted,
        adjustments,
        noticeDate);
  }
}
