package vn.hoso.api.warning;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads the warnings the engine keeps for every installed {@link WarningRule}. The engine writes a
 * recomputation in short per-batch transactions, so reads do not wait for it, and while a rule is
 * being recomputed they see each person's warnings either before or after the recomputation.
 */
@ProviderType
public interface WarningQueries {

  /**
   * Returns one page of the warnings the filter selects, sorted by due date, then person.
   *
   * @param page page number from 0
   * @param size page size from 1 to 500
   */
  WarningPage find(WarningFilter filter, int page, int size);

  /**
   * Counts the selected warnings per rule and unit, split into overdue and upcoming at {@code
   * today}.
   */
  List<WarningCount> count(WarningFilter filter, LocalDate today);

  /** Returns every stored warning of one person, sorted by due date. */
  List<StoredWarning> forPerson(long personId);

  /** Returns the installed rules and their computation state, sorted by rule id. */
  List<RuleStatus> rules();
}
