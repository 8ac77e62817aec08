package vn.hoso.records.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.hoso.api.personnel.history.AwardRow;
import vn.hoso.api.personnel.history.DisciplineRow;
import vn.hoso.api.personnel.history.EvaluationRow;
import vn.hoso.api.personnel.history.NonCountedPeriodRow;
import vn.hoso.api.record.DisciplineForm;
import vn.hoso.api.record.EvaluationRating;
import vn.hoso.api.record.LegalDecision;
import vn.hoso.api.record.NonCountedKind;

/**
 * Yearly evaluations, discipline, unpaid leave and awards.
 *
 * <p>Each person has a steady level of performance, so good years follow good years. Over all
 * people and years about 12% of ratings are hoàn thành xuất sắc, two thirds tốt and a fifth hoàn
 * thành. The rating hoàn thành nhưng còn hạn chế về năng lực existed only before 2020 and takes 3%
 * of those years, and 0.4% of the years are rated không hoàn thành. About 1.5% of people have one
 * reprimand or warning; the year of a discipline is rated không hoàn thành from 2020 on and hoàn
 * thành before. Years from 2025 carry the points of Nghị định 335/2025/NĐ-CP.
 */
final class Performance {

  /** The first year rated on the points of Nghị định 335/2025/NĐ-CP. */
  private static final int FIRST_SCORED_YEAR = 2025;

  private static final List<String> DISCIPLINE_REASONS =
      List.of(
          "Vi phạm quy chế làm việc của cơ quan",
          "Chậm trễ trong giải quyết hồ sơ được giao",
          "Vi phạm quy định về sử dụng tài sản công",
          "Không thực hiện đúng quy trình thẩm định hồ sơ");

  private Performance() {}

  /** Rates every year of service and adds discipline and unpaid leave. */
  static void ratingsAndDiscipline(PersonDraft draft) {
    int firstYear =
        draft.recruitment.getMonthValue() <= 6
            ? draft.recruitment.getYear()
            : draft.recruitment.getYear() + 1;
    int lastYear = draft.asOf.getYear() - 1;
    double talent = draft.random.nextDouble();
    for (int year = firstYear; year <= lastYear; year++) {
      draft.ratings.put(year, rating(draft, talent, year));
    }

    if (draft.chance(0.015) && lastYear > firstYear) {
      int year = firstYear + 1 + draft.random.nextInt(lastYear - firstYear);
      LocalDate effective =
          Dates.workingDay(
              LocalDate.of(year, 2 + draft.random.nextInt(9), 1 + draft.random.nextInt(28)));
      DisciplineForm form =
          draft.chance(0.75) ? DisciplineForm.KHIEN_TRACH : DisciplineForm.CANH_CAO;
      LocalDate end = effective.plusMonths(12);
      draft.discipline.add(
          new DisciplineRow(
              null,
              null,
              form,
              effective,
              end.isAfter(draft.asOf) ? null : end,
              draft.pick(DISCIPLINE_REASONS),
              Decisions.before(draft, effective, "QĐ", draft.unit.personnelSigner(), effective)));
      draft.ratings.put(
          year, year >= 2020 ? EvaluationRating.KHONG_HOAN_THANH : EvaluationRating.HOAN_THANH);
    }

    if (draft.chance(0.03)) {
      LocalDate from =
          Dates.workingDay(
              Dates.between(
                  draft.random, draft.recruitment.plusYears(1), draft.asOf.minusMonths(2)));
      if (from.isAfter(draft.recruitment)) {
        LocalDate to = from.plusDays(6 + draft.random.nextInt(50));
        draft.nonCounted.add(
            new NonCountedPeriodRow(
                null,
                null,
                NonCountedKind.UNPAID_LEAVE,
                from,
                Dates.min(to, draft.asOf.minusDays(1)),
                null,
                Decisions.before(draft, from, "QĐ", draft.unit.personnelSigner(), from)));
      }
    }
  }

  /** Returns the evaluation rows of the ratings, with points from 2025. */
  static List<EvaluationRow> evaluations(PersonDraft draft) {
    List<EvaluationRow> rows = new ArrayList<>();
    for (Map.Entry<Integer, EvaluationRating> entry : draft.ratings.entrySet()) {
      int year = entry.getKey();
      Integer score = year >= FIRST_SCORED_YEAR ? score(draft, entry.getValue()) : null;
      LocalDate signed =
          Dates.min(LocalDate.of(year, 12, 20 + draft.random.nextInt(11)), draft.asOf);
      LegalDecision decision =
          new LegalDecision(
              (1 + draft.random.nextInt(900)) + "/QĐ-" + draft.unit.decisionSuffix(),
              signed,
              draft.unit.personnelSigner());
      rows.add(new EvaluationRow(null, null, year, entry.getValue(), score, decision));
    }
    return rows;
  }

  /**
   * Adds the awards that the ratings earn. A year rated xuất sắc earns chiến sĩ thi đua cơ sở, two
   * such years in a row a certificate of merit of the minister, and some years rated tốt a
   * commendation of the head of the unit.
   */
  static void awards(PersonDraft draft) {
    int excellentInRow = 0;
    for (Map.Entry<Integer, EvaluationRating> entry : draft.ratings.entrySet()) {
      int year = entry.getKey();
      LocalDate awarded = LocalDate.of(year + 1, 1, 10).plusDays(draft.random.nextInt(40));
      if (awarded.isAfter(draft.asOf)) {
        continue;
      }
      if (entry.getValue() == EvaluationRating.XUAT_SAC) {
        excellentInRow++;
        draft.awards.add(
            award(draft, "Chiến sĩ thi đua cơ sở", awarded, year, draft.unit.personnelSigner()));
        if (excellentInRow == 2) {
          draft.awards.add(
              award(draft, "Bằng khen của Bộ trưởng", awarded.plusDays(20), year, "Bộ trưởng"));
          excellentInRow = 0;
        }
      } else {
        excellentInRow = 0;
        if (entry.getValue() == EvaluationRating.TOT && draft.chance(0.06)) {
          draft.awards.add(
              award(
                  draft,
                  "Giấy khen của Thủ trưởng đơn vị",
                  awarded,
                  year,
                  draft.unit.personnelSigner()));
        }
      }
    }
  }

  private static AwardRow award(
      PersonDraft draft, String form, LocalDate awarded, int year, String signer) {
    LocalDate day = Dates.min(awarded, draft.asOf);
    return new AwardRow(
        null,
        null,
        form,
        day,
        year,
        "Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm " + year,
        new LegalDecision(
            (1 + draft.random.nextInt(1500)) + "/QĐ-" + draft.unit.decisionSuffix(), day, signer));
  }

  /**
   * Rates one year. The person's talent, from 0 to 1, moves the share of xuất sắc from 4% to 20%
   * and of hoàn thành from 30% to 10%; tốt takes the rest.
   */
  private static EvaluationRating rating(PersonDraft draft, double talent, int year) {
    double roll = draft.random.nextDouble();
    double failed = 0.004;
    double limited = year < 2020 ? 0.03 : 0;
    double passed = 0.30 - 0.20 * talent;
    double excellent = 0.04 + 0.16 * talent;
    if (roll < failed) {
      return EvaluationRating.KHONG_HOAN_THANH;
    }
    if (roll < failed + limited) {
      return EvaluationRating.HOAN_THANH_HAN_CHE_NANG_LUC;
    }
    if (roll < failed + limited + passed) {
      return EvaluationRating.HOAN_THANH;
    }
    if (roll < failed + limited + passed + excellent) {
      return EvaluationRating.XUAT_SAC;
    }
    return EvaluationRating.TOT;
  }

  private static int score(PersonDraft draft, EvaluationRating rating) {
    return switch (rating) {
      case XUAT_SAC -> 90 + draft.random.nextInt(11);
      case TOT -> 70 + draft.random.nextInt(20);
      case HOAN_THANH, HOAN_THANH_HAN_CHE_NANG_LUC -> 50 + draft.random.nextInt(20);
      case KHONG_HOAN_THANH -> 30 + draft.random.nextInt(20);
    };
  }
}
