package vn.hoso.api.warning;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One dated event that a {@link WarningRule} computed for a person, with everything an officer
 * needs to check it by hand.
 *
 * @param ruleId the {@link WarningRule#id()} of the rule that computed it
 * @param kind the event kind in kebab case, for example {@code "salary-step-due"}, {@code
 *     "retirement"} or {@code "reappointment-decision-due"}; a rule documents the kinds it emits
 * @param dueDate the date the event falls due
 * @param title a Vietnamese title, for example "Nâng lương lên bậc 4, hệ số 3,33"
 * @param details structured values in iteration order, keyed by camel-case names that the rule
 *     documents (for example {@code nextStep}, {@code nextCoefficient}, {@code intervalMonths});
 *     values are written in a locale-neutral form: ISO-8601 dates, decimals with a dot, plain
 *     integers
 * @param adjustments the changes that moved the due date away from its basic computation, in the
 *     order the rule applied them; empty when none
 * @param legalBasis the provisions the computation applies, for example "Thông tư 08/2013/TT-BNV,
 *     Điều 2"
 * @param reasoning Vietnamese lines, in order, that let an officer repeat the computation by hand
 */
public record WarningEvent(
    String ruleId,
    String kind,
    LocalDate dueDate,
    String title,
    Map<String, String> details,
    List<DueDateAdjustment> adjustments,
    String legalBasis,
    List<String> reasoning) {

  private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public WarningEvent {
    requireKebabCase(ruleId, "ruleId");
    requireKebabCase(kind, "kind");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(legalBasis, "legalBasis");
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    details.forEach(
        (key, value) -> {
          Objects.requireNonNull(key, "details key");
          Objects.requireNonNull(value, () -> "details value of '" + key + "'");
        });
    adjustments = List.copyOf(adjustments);
    reasoning = List.copyOf(reasoning);
  }

  private static void requireKebabCase(String value, String name) {
    Objects.requireNonNull(value, name);
    if (!KEBAB_CASE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name + " must be lower-case kebab case such as 'salary-step', found '" + value + "'");
    }
  }
}
