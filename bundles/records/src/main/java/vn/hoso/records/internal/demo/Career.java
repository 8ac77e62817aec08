package vn.hoso.records.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.api.record.DisciplineForm;
import vn.hoso.api.record.EvaluationRating;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.records.internal.demo.MinistryLayout.Domain;
import vn.hoso.records.internal.demo.MinistryLayout.UnitTemplate;

/**
 * The rank and salary side of a career: when the person was recruited, which levels of their rank
 * ladder they reached and when, and the salary history that follows from it.
 *
 * <p>The salary history is simulated from the recruitment on. Each step lasts the interval of its
 * salary type: 36 months for A0 to A3, 24 for B and C. The salary step rule lengthens the interval,
 * and the simulation does the same. A reprimand or warning adds 6 months, or 3 for a reprimand of a
 * public employee or worker from 15/08/2021. Each year rated không hoàn thành nhiệm vụ adds 6
 * months, and unpaid leave adds its working days rounded to months (22 days a month, a remainder of
 * 11 days or more counting as one). On the last step the seniority allowance starts at 5% after one
 * interval and grows by 1% a year. A promotion places the person on the lowest step of the new type
 * whose coefficient is above the old one. Rows before 01/10/2004 are replaced by one row on that
 * day, the conversion to the salary tables of Nghị định 204/2004/NĐ-CP, which keeps the date the
 * step counted from.
 */
final class Career {

  static final LocalDate DECREE_204_FROM = LocalDate.of(2004, 10, 1);

  /** Civil-servant probation ended with the Law on Cadres and Civil Servants of 2025. */
  private static final LocalDate CIVIL_SERVANT_PROBATION_ABOLISHED = LocalDate.of(2025, 7, 1);

  /** From this day a reprimand of a public employee or worker lengthens the step by 3 months. */
  private static final LocalDate SHORTER_REPRIMAND_FROM = LocalDate.of(2021, 8, 15);

  private static final int WORKING_DAYS_PER_MONTH = 22;
  private static final int MINIMUM_WORKING_DAYS = 11;

  private final SalaryScales scales;
  private final Map<String, RankLadder> ladders = new HashMap<>();

  Career(SalaryScales scales) {
    this.scales = scales;
  }

  /** Decides the recruitment date, the levels reached and the highest qualification. */
  void plan(PersonDraft draft) {
    UnitTemplate unit = draft.unit.template();
    draft.ladder = ladder(unit);
    int age = draft.ageOn(draft.asOf);
    boolean lowStart = draft.post == null && draft.chance(lowStartShare(unit));
    int start = lowStart ? 0 : 1;

    int recruitmentAge = lowStart ? 19 + draft.random.nextInt(6) : 22 + skewedYears(draft, 8);
    LocalDate earliest = draft.birth.plusYears(recruitmentAge).plusDays(draft.random.nextInt(365));
    if (!draft.military.isEmpty()) {
      LocalDate discharged = draft.military.get(0).dischargedOn();
      earliest = Dates.max(earliest, discharged.plusMonths(lowStart ? 2 : 48));
    }
    LocalDate latest = draft.asOf.minusMonths(2);
    LocalDate recruitment = earliest;
    if (recruitment.isAfter(latest)) {
      LocalDate adult = draft.birth.plusYears(lowStart ? 18 : 21);
      recruitment =
          Dates.max(adult, Dates.between(draft.random, draft.asOf.minusMonths(14), latest));
    }
    draft.recruitment = recruitment;
    draft.levelDates.put(start, recruitment);

    int target = Math.min(targetLevel(draft, age, lowStart), draft.ladder.top());
    int required = draft.post == null ? start : Math.min(draft.post.minLevel(), draft.ladder.top());
    for (int level = start + 1; level <= target; level++) {
      LocalDate previous = draft.levelDates.get(level - 1);
      LocalDate date =
          previous.plusYears(gapYears(draft, level)).plusMonths(draft.random.nextInt(12));
      date = date.withDayOfMonth(1);
      if (date.isAfter(draft.asOf.minusMonths(1))) {
        if (level > required) {
          break;
        }
        // A leader needs the level: place it within the time left, at least two years on.
        long days = java.time.temporal.ChronoUnit.DAYS.between(previous, draft.asOf);
        date = previous.plusDays((long) (days * (0.4 + 0.3 * draft.random.nextDouble())));
        date = date.withDayOfMonth(1);
        if (date.isBefore(previous.plusYears(2)) || date.isAfter(draft.asOf.minusMonths(1))) {
          break;
        }
      }
      draft.levelDates.put(level, date);
    }
    qualification(draft, unit);
  }

  /** Simulates the salary history from the recruitment to the reference date. */
  void salary(PersonDraft draft) {
    if (draft.isWorker()) {
      return;
    }
    List<SalaryRow> rows = new ArrayList<>();
    Set<LocalDate> usedDates = new HashSet<>();
    int level = draft.levelDates.firstKey();
    RankLadder.Rung rung = draft.ladder.at(level);
    int step = 1;
    BigDecimal percent = BigDecimal.ZERO;

    boolean probation =
        draft.category == PersonCategory.VIEN_CHUC
            || draft.recruitment.isBefore(CIVIL_SERVANT_PROBATION_ABOLISHED);
    LocalDate counted = draft.recruitment;
    if (probation) {
      // Probation lasts 12 months for university graduates and 6 for the others.
      counted = draft.recruitment.plusMonths(level == 0 ? 6 : 12);
    }
    if (probation) {
      add(
          draft,
          rows,
          usedDates,
          rung,
          1,
          percent,
          draft.recruitment,
          counted,
          "Tập sự, hưởng 85% mức lương bậc 1");
      if (!counted.isAfter(draft.asOf)) {
        add(
            draft,
            rows,
            usedDates,
            rung,
            1,
            percent,
            counted,
            counted,
            "Hết thời gian tập sự, bổ nhiệm vào " + rung.title());
      }
    } else {
      add(draft, rows, usedDates, rung, 1, percent, draft.recruitment, counted, null);
    }

    while (true) {
      boolean last = step == rung.type().stepCount();
      int base = last && percent.signum() > 0 ? 12 : rung.type().intervalMonths();
      LocalDate due = dueDate(draft, counted, base);
      String note = null;
      if (!last && draft.chance(0.03) && due.minusMonths(12).isAfter(counted.plusMonths(12))) {
        due = due.minusMonths(12);
        note = "Nâng bậc lương trước thời hạn do lập thành tích xuất sắc";
      }
      Integer nextLevel = draft.levelDates.higherKey(level);
      LocalDate promotion = nextLevel == null ? null : draft.levelDates.get(nextLevel);
      if (promotion != null && !promotion.isAfter(due) && !promotion.isAfter(draft.asOf)) {
        BigDecimal current = scales.coefficient(rung.type(), step, promotion);
        BigDecimal withAllowance =
            current.add(
                current.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
        level = nextLevel;
        rung = draft.ladder.at(level);
        step = scales.stepAbove(rung.type(), withAllowance, promotion);
        percent = BigDecimal.ZERO;
        counted = promotion;
        add(
            draft,
            rows,
            usedDates,
            rung,
            step,
            percent,
            promotion,
            counted,
            (rung.rankCode() == null ? "Thăng hạng chức danh nghề nghiệp " : "Nâng ngạch ")
                + rung.title());
        continue;
      }
      if (due.isAfter(draft.asOf)) {
        break;
      }
      if (last) {
        percent = percent.signum() == 0 ? BigDecimal.valueOf(5) : percent.add(BigDecimal.ONE);
        note = "Hưởng phụ cấp thâm niên vượt khung " + percent + "%";
      } else {
        step++;
      }
      LocalDate effective = due;
      if (note == null && draft.chance(0.2)) {
        LocalDate late = due.plusMonths(1 + draft.random.nextInt(2));
        effective = late.isAfter(draft.asOf) ? due : late;
      }
      counted = due;
      add(draft, rows, usedDates, rung, step, percent, effective, counted, note);
    }
    draft.salary.addAll(convertBefore2004(draft, rows));
  }

  /** Returns the ladder of a unit's work, one per kind of unit. */
  RankLadder ladder(UnitTemplate unit) {
    return ladders.computeIfAbsent(
        unit.domain() + "/" + unit.publicService(),
        key -> RankLadder.of(unit.domain(), unit.publicService(), scales));
  }

  /**
   * Returns the date the time on a step is complete: the base months plus the extensions that fall
   * while the person is on the step, repeated until the date stops moving as the salary rule does.
   */
  private static LocalDate dueDate(PersonDraft draft, LocalDate counted, int baseMonths) {
    int months = baseMonths;
    for (int round = 0; round < 100; round++) {
      LocalDate due = counted.plusMonths(months);
      int total = baseMonths + extensionMonths(draft, counted, due);
      if (total == months) {
        return due;
      }
      months = total;
    }
    return counted.plusMonths(months);
  }

  private static int extensionMonths(PersonDraft draft, LocalDate from, LocalDate due) {
    int months = 0;
    for (var row : draft.discipline) {
      LocalDate date = row.effectiveDate();
      if (!date.isBefore(from) && date.isBefore(due)) {
        months += disciplineMonths(draft.category, row.form(), date);
      }
    }
    for (var rating : draft.ratings.entrySet()) {
      LocalDate yearEnd = LocalDate.of(rating.getKey(), 12, 31);
      if (rating.getValue() == EvaluationRating.KHONG_HOAN_THANH
          && !yearEnd.isBefore(from)
          && yearEnd.isBefore(due)) {
        months += 6;
      }
    }
    int workingDays = 0;
    LocalDate lastDay = due.minusDays(1);
    for (var period : draft.nonCounted) {
      if (period.to().isBefore(from) || period.from().isAfter(lastDay)) {
        continue;
      }
      workingDays +=
          Dates.mondayToFriday(Dates.max(period.from(), from), Dates.min(period.to(), lastDay));
    }
    int remainder = workingDays % WORKING_DAYS_PER_MONTH;
    return months
        + workingDays / WORKING_DAYS_PER_MONTH
        + (remainder >= MINIMUM_WORKING_DAYS ? 1 : 0);
  }

  private static int disciplineMonths(
      PersonCategory category, DisciplineForm form, LocalDate date) {
    return switch (form) {
      case CACH_CHUC, GIANG_CHUC -> 12;
      case KHIEN_TRACH ->
          (category == PersonCategory.VIEN_CHUC || category == PersonCategory.NGUOI_LAO_DONG)
                  && !date.isBefore(SHORTER_REPRIMAND_FROM)
              ? 3
              : 6;
      case CANH_CAO -> 6;
      case HA_BAC_LUONG, BUOC_THOI_VIEC -> 0;
    };
  }

  private void add(
      PersonDraft draft,
      List<SalaryRow> rows,
      Set<LocalDate> usedDates,
      RankLadder.Rung rung,
      int step,
      BigDecimal percent,
      LocalDate effective,
      LocalDate counted,
      String note) {
    LocalDate date = effective;
    while (!usedDates.add(date)) {
      date = date.plusDays(1);
    }
    rows.add(
        new SalaryRow(
            null,
            null,
            rung.type().table(),
            rung.type().code(),
            rung.rankCode(),
            step,
            scales.coefficient(rung.type(), step, date),
            date,
            counted,
            percent.setScale(2, RoundingMode.UNNECESSARY),
            Decisions.before(
                draft, date, "QĐ", draft.unit.personnelSigner(), Dates.min(date, draft.asOf)),
            note));
  }

  /**
   * Replaces the rows that took effect before 01/10/2004 by the conversion row of that day, which
   * keeps the step and the date its time counted from.
   */
  private List<SalaryRow> convertBefore2004(PersonDraft draft, List<SalaryRow> rows) {
    List<SalaryRow> fromDecree204 = new ArrayList<>();
    SalaryRow inForce = null;
    for (SalaryRow row : rows) {
      if (row.effectiveDate().isBefore(DECREE_204_FROM)) {
        inForce = row;
      } else {
        fromDecree204.add(row);
      }
    }
    boolean convertedDayTaken =
        fromDecree204.stream().anyMatch(row -> row.effectiveDate().equals(DECREE_204_FROM));
    if (inForce == null || convertedDayTaken) {
      return fromDecree204;
    }
    SalaryScales.Type type = scales.type(inForce.salaryTable(), inForce.salaryType());
    SalaryRow conversion =
        new SalaryRow(
            null,
            null,
            inForce.salaryTable(),
            inForce.salaryType(),
            inForce.rankCode(),
            inForce.step(),
            scales.coefficient(type, inForce.step(), DECREE_204_FROM),
            DECREE_204_FROM,
            inForce.countedFrom(),
            inForce.seniorityAllowancePercent(),
            Decisions.before(
                draft, DECREE_204_FROM, "QĐ", draft.unit.personnelSigner(), DECREE_204_FROM),
            "Chuyển xếp lương theo Nghị định 204/2004/NĐ-CP");
    fromDecree204.add(0, conversion);
    return fromDecree204;
  }

  /** Returns the share of staff who start below level 1, without a university degree. */
  private static double lowStartShare(UnitTemplate unit) {
    return switch (unit.domain()) {
      case CLERICAL -> 0.35;
      case FINANCE -> 0.15;
      case SERVICES -> 0.25;
      case INSPECTION -> 0.05;
      default -> 0.1;
    };
  }

  /** Returns the level a person of this age ends up on, before the ladder's top caps it. */
  private static int targetLevel(PersonDraft draft, int age, boolean lowStart) {
    if (draft.post != null) {
      boolean oneMore = draft.post.minLevel() == 2 && age >= 45 && draft.chance(0.25);
      return draft.post.minLevel() + (oneMore ? 1 : 0);
    }
    if (lowStart) {
      return draft.chance(age >= 30 ? 0.5 : 0.1) ? 1 : 0;
    }
    double senior;
    if (age < 32) {
      senior = 0;
    } else if (age < 38) {
      senior = 0.1;
    } else if (age < 45) {
      senior = 0.28;
    } else if (age < 52) {
      senior = 0.42;
    } else {
      senior = 0.48;
    }
    Domain domain = draft.unit.template().domain();
    if (domain == Domain.CLERICAL || domain == Domain.SERVICES) {
      senior *= 0.4;
    }
    if (!draft.chance(senior)) {
      return 1;
    }
    boolean research = domain == Domain.RESEARCH || domain == Domain.TEACHING;
    return age >= 47 && draft.chance(research ? 0.2 : 0.12) ? 3 : 2;
  }

  /** Returns the years between reaching the previous level and this one. */
  private static int gapYears(PersonDraft draft, int level) {
    return switch (level) {
      case 1 -> 4 + draft.random.nextInt(6);
      case 2 -> 8 + draft.random.nextInt(7);
      default -> 6 + draft.random.nextInt(6);
    };
  }

  /** Returns 0 to {@code max - 1} years, small values more likely. */
  private static int skewedYears(PersonDraft draft, int max) {
    return Math.min(draft.random.nextInt(max), draft.random.nextInt(max));
  }

  private static void qualification(PersonDraft draft, UnitTemplate unit) {
    int level = draft.level();
    boolean research = unit.domain() == Domain.RESEARCH || unit.domain() == Domain.TEACHING;
    if (level == 0) {
      draft.qualification = draft.chance(0.5) ? "CAO_DANG" : "TRUNG_CAP";
    } else {
      double doctor =
          switch (level) {
            case 3 -> 0.3;
            case 2 -> 0.08;
            default -> 0;
          };
      double master =
          switch (level) {
            case 3 -> 0.75;
            case 2 -> 0.6;
            default -> 0.25;
          };
      if (research) {
        doctor += level >= 2 ? 0.2 : 0.02;
        master += 0.3;
      }
      if (draft.post != null) {
        master += 0.2;
      }
      if (draft.ageOn(draft.asOf) >= 34 && draft.chance(doctor)) {
        draft.qualification = "TIEN_SI";
      } else if (draft.ageOn(draft.asOf) >= 27 && draft.chance(master)) {
        draft.qualification = "THAC_SI";
      } else {
        draft.qualification = "DAI_HOC";
      }
    }
    draft.qualificationField = draft.pick(Fields.of(unit.domain()));
  }
}
