package vn.hoso.api.warning;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;
import vn.hoso.api.record.PersonRecord;

/**
 * A legal rule that computes one person's upcoming and overdue dated events, for example when the
 * next salary step falls due or when the person retires.
 *
 * <p>Register an implementation as an OSGi service with the {@link #RULE_ID_PROPERTY} property. The
 * warning engine collects every registered rule through a dynamic, multiple reference. When a rule
 * appears or its registration changes, the engine recomputes that rule's due items for every person
 * in the background. When the rule leaves, the engine deletes them. Updating the bundle that
 * registers a rule therefore recomputes its items, which is how a new decree shipped as new
 * reference data reaches the stored warnings.
 *
 * <p>Threading and purity: the engine calls {@link #evaluate} concurrently from a background pool,
 * for many people at once, so implementations must be thread-safe. {@code evaluate} must be a pure
 * function of its arguments and of data loaded when the service was activated: no I/O, no database,
 * no clock (the engine passes the reference date as {@code asOf}), no logging of personal data, and
 * no mutable shared state.
 */
@ConsumerType
public interface WarningRule {

  /**
   * Service property with the rule's identifier, a {@code String} equal to {@link #id()}. Required:
   * the engine ignores a rule registered without it and logs the bundle that registered it. Due
   * items are stored under this identifier, so it must never change once released.
   */
  String RULE_ID_PROPERTY = "hoso.warning.rule";

  /** Stable identifier in kebab case, for example {@code "salary-step"}. */
  String id();

  /** Vietnamese title shown to personnel officers, for example "Nâng bậc lương thường xuyên". */
  String title();

  /**
   * Computes the person's pending events: for each event the rule tracks, the next one that the
   * record does not yet show as done, whether its due date lies before {@code asOf} (overdue) or
   * after it (upcoming). The engine replaces all of this rule's stored events for the person with
   * the returned list, so events need no identity of their own.
   *
   * @param person the person's record; lists may be in any order
   * @param asOf the reference date of this evaluation, in place of the current date
   * @return the events, empty when the record lacks the data the rule reads (for example no salary
   *     history); never null
   * @throws IllegalArgumentException when the record contains data the rule cannot interpret, such
   *     as a salary type missing from its reference tables. The engine logs the message with the
   *     person's identifier and stores no events of this rule for that person.
   */
  List<WarningEvent> evaluate(PersonRecord person, LocalDate asOf);
}
