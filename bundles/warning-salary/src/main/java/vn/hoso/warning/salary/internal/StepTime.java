package vn.hoso.warning.salary.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.hoso.api.warning.DueDateAdjustment;

/**
 * The time a person must spend on a step, from the date it counts from to the date the next step or
 * allowance falls due.
 *
 * @param countedFrom the date the time counts from
 * @param baseMonths the interval the law sets
 * @param extensions discipline and evaluation causes, in date order, including listed causes that
 *     added nothing
 * @param nonCounted non-counted periods, in date order, each with its working days and the months
 *     it added
 * @param extensionMonths the months the extensions add
 * @param nonCountedWorkingDays the working days of all non-counted periods
 * @param nonCountedMonths the months those working days round to
 * @param totalMonths base months plus extensions plus non-counted months
 * @param dueDate {@code countedFrom} plus {@code totalMonths}
 * @param legalBases the provisions of every extension that added months, without repeats
 * @param reasoning Vietnamese lines for the extensions, the non-counted time and the sum
 */
record StepTime(
    LocalDate countedFrom,
    int baseMonths,
    List<DueDateAdjustment> extensions,
    List<DueDateAdjustment> nonCounted,
    int extensionMonths,
    int nonCountedWorkingDays,
    int nonCountedMonths,
    int totalMonths,
    LocalDate dueDate,
    List<String> legalBases,
    List<String> reasoning) {

  StepTime {
    extensions = List.copyOf(extensions);
    nonCounted = List.copyOf(nonCounted);
    legalBases = List.copyOf(legalBases);
    reasoning = List.copyOf(reasoning);
  }

  /**
   * Tells whether every condition of the step was met: no discipline and no year rated below the
   * required level while on it. Non-counted time only moves the date.
   */
  boolean conditionsMet() {
    return extensions.isEmpty();
  }

  List<DueDateAdjustment> adjustments() {
    List<DueDateAdjustment> all = new ArrayList<>(extensions);
    all.addAll(nonCounted);
    return all;
  }
}
