package vn.hoso.api.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.hoso.api.record.RetirementAdjustment;

/**
 * A person's computed retirement.
 *
 * @param birthDate the birth date the computation used: 1 January of the year when only the year is
 *     known, the 1st of the month when only the month is known
 * @param yearReached the calendar year in which the applied age is reached
 * @param statutoryAge the roadmap age of {@code yearReached}
 * @param appliedAge the statutory age moved by an earlier or later retirement, otherwise equal to
 *     it
 * @param ageReachedOn the day the applied age is reached
 * @param postponedMonths the months of the longest postponement, 0 when none
 * @param retirementMoment thời điểm nghỉ hưu: the person retires at the end of this day, the last
 *     day of the month in which the age is reached, moved by any postponement
 * @param pensionStart the 1st of the next month, from which the pension is paid; decisions for viên
 *     chức print this date as the retirement date
 * @param appliedAdjustments the individual adjustments the computation used; a shorter postponement
 *     next to a longer one is not among them
 * @param reasoning Vietnamese lines that let an officer repeat the computation by hand
 */
public record Retirement(
    LocalDate birthDate,
    int yearReached,
    RetirementAge statutoryAge,
    RetirementAge appliedAge,
    LocalDate ageReachedOn,
    int postponedMonths,
    LocalDate retirementMoment,
    LocalDate pensionStart,
    List<RetirementAdjustment> appliedAdjustments,
    List<String> reasoning) {

  public Retirement {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(statutoryAge, "statutoryAge");
    Objects.requireNonNull(appliedAge, "appliedAge");
    Objects.requireNonNull(ageReachedOn, "ageReachedOn");
    Objects.requireNonNull(retirementMoment, "retirementMoment");
    Objects.requireNonNull(pensionStart, "pensionStart");
    appliedAdjustments = List.copyOf(appliedAdjustments);
    reasoning = List.copyOf(reasoning);
  }
}
