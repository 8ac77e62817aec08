package vn.hoso.api.warning;

import java.time.LocalDate;
import java.util.Set;
import vn.hoso.api.record.PersonCategory;

/**
 * Selects stored warnings. Every criterion left null or empty selects everything.
 *
 * @param ruleIds rules whose warnings to return
 * @param unitIds units whose people's warnings to return, already expanded to whole subtrees; null
 *     for every unit, including people without a unit
 * @param categories categories of the people
 * @param dueFrom earliest due date, inclusive; null to include everything overdue
 * @param dueTo latest due date, inclusive
 */
public record WarningFilter(
    Set<String> ruleIds,
    Set<Long> unitIds,
    Set<PersonCategory> categories,
    LocalDate dueFrom,
    LocalDate dueTo) {

  public WarningFilter {
    ruleIds = ruleIds == null ? Set.of() : Set.copyOf(ruleIds);
    unitIds = unitIds == null ? null : Set.copyOf(unitIds);
    categories = categories == null ? Set.of() : Set.copyOf(categories);
    if (dueFrom != null && dueTo != null && dueTo.isBefore(dueFrom)) {
      throw new IllegalArgumentException("dueTo " + dueTo + " is before dueFrom " + dueFrom);
    }
  }

  /**
   * Returns the default window personnel officers look at: everything overdue and everything due
   * within the next 90 days after {@code today}.
   */
  public static WarningFilter upcoming(LocalDate today) {
    return new WarningFilter(null, null, null, null, today.plusDays(90));
  }
}
