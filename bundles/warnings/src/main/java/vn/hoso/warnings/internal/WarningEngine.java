package vn.hoso.warnings.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.PersonRecordSource;
import vn.hoso.api.system.MigratedSchema;
import vn.hoso.api.warning.RuleStatus;
import vn.hoso.api.warning.StoredWarning;
import vn.hoso.api.warning.WarningCount;
import vn.hoso.api.warning.WarningEvent;
import vn.hoso.api.warning.WarningFilter;
import vn.hoso.api.warning.WarningPage;
import vn.hoso.api.warning.WarningQueries;
import vn.hoso.api.warning.WarningRule;

/**
 * Keeps the warnings of every installed {@link WarningRule} current for every person.
 *
 * <p>When a rule appears it is computed for everyone in the background, unless a complete
 * computation by the same bundle version and for today is already stored. When it leaves, its
 * warnings are deleted. A person's record change re-evaluates that person for every rule, and a
 * nightly refresh recomputes everything, because due dates move into and out of windows as days
 * pass. Full computations run one at a time on their own thread. Person re-evaluations run on
 * another thread, so a change shows without waiting for a long computation.
 */
@Component(
    service = {WarningQueries.class, WarningEngine.class},
    immediate = true)
public final class WarningEngine implements WarningQueries {

  private static final Logger LOG = LoggerFactory.getLogger(WarningEngine.class);

  /** Due dates are calendar dates in Vietnam. */
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  static final LocalTime NIGHTLY_REFRESH_AT = LocalTime.of(1, 0);

  private final PersonRecordSource source;
  private final WarningStore store;
  private final Clock clock;

  private final Map<String, InstalledRule> rules = new ConcurrentHashMap<>();
  private final Map<String, RuleComputation> computations = new ConcurrentHashMap<>();
  private final ExecutorService computationExecutor =
      Executors.newSingleThreadExecutor(namedThreads("hoso-warnings-compute"));
  private final ExecutorService personExecutor =
      Executors.newSingleThreadExecutor(namedThreads("hoso-warnings-person"));
  private final ScheduledExecutorService nightly =
      Executors.newSingleThreadScheduledExecutor(namedThreads("hoso-warnings-nightly"));

  @Activate
  public WarningEngine(
      @Reference(target = "(osgi.jndi.service.name=hoso)") DataSource dataSource,
      @Reference(target = "(" + MigratedSchema.OWNER_PROPERTY + "=vn.hoso.warnings)")
          MigratedSchema schema,
      @Reference PersonRecordSource source) {
    this(new WarningStore(dataSource), source, Clock.system(VIETNAM));
  }

  WarningEngine(WarningStore store, PersonRecordSource source, Clock clock) {
    this.store = store;
    this.source = source;
    this.clock = clock;
    scheduleNightlyRefresh();
  }

  @Deactivate
  void deactivate() {
    computations.values().forEach(RuleComputation::cancel);
    nightly.shutdownNow();
    personExecutor.shutdownNow();
    computationExecutor.shutdownNow();
    try {
      computationExecutor.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- rules coming and going ------------------------------------------------------------------

  @Reference(
      service = WarningRule.class,
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      updated = "updatedRule")
  void addRule(ServiceReference<WarningRule> reference, WarningRule rule) {
    describe(reference, rule).ifPresent(this::install);
  }

  /** Starts keeping the warnings of a rule, computing them for everyone unless they are current. */
  void install(InstalledRule added) {
    InstalledRule previous = rules.put(added.ruleId(), added);
    if (previous != null) {
      LOG.warn(
          "Rule '{}' of bundle '{}' replaces the one of bundle '{}'",
          added.ruleId(),
          added.bundle(),
          previous.bundle());
    }
    LOG.info(
        "Warning rule '{}' installed from {} {}", added.ruleId(), added.bundle(), added.version());
    submitComputation(added, false);
  }

  void updatedRule(ServiceReference<WarningRule> reference, WarningRule rule) {
    describe(reference, rule)
        .ifPresent(
            updated -> {
              rules.put(updated.ruleId(), updated);
              submitComputation(updated, true);
            });
  }

  void removeRule(ServiceReference<WarningRule> reference, WarningRule rule) {
    Object ruleId = reference.getProperty(WarningRule.RULE_ID_PROPERTY);
    if (ruleId instanceof String id) {
      InstalledRule installed = rules.get(id);
      if (installed != null && installed.rule() == rule) {
        uninstall(id);
      }
    }
  }

  /** Stops keeping the warnings of a rule and deletes them in the background. */
  void uninstall(String ruleId) {
    if (rules.remove(ruleId) == null) {
      return;
    }
    RuleComputation running = computations.remove(ruleId);
    if (running != null) {
      running.cancel();
    }
    LOG.info("Warning rule '{}' removed; deleting its warnings", ruleId);
    computationExecutor.execute(
        () -> {
          if (rules.containsKey(ruleId)) {
            return;
          }
          try {
            int deleted = store.deleteRule(ruleId);
            LOG.info("Deleted {} warnings of removed rule '{}'", deleted, ruleId);
          } catch (SQLException e) {
            LOG.error("Deleting the warnings of removed rule '{}' failed", ruleId, e);
          }
        });
  }

  private static Optional<InstalledRule> describe(
      ServiceReference<WarningRule> reference, WarningRule rule) {
    Bundle bundle = reference.getBundle();
    String bundleName = bundle == null ? "?" : bundle.getSymbolicName();
    Object ruleId = reference.getProperty(WarningRule.RULE_ID_PROPERTY);
    if (!(ruleId instanceof String id) || id.isBlank()) {
      LOG.warn(
          "Ignoring a warning rule of bundle '{}' registered without the '{}' property",
          bundleName,
          WarningRule.RULE_ID_PROPERTY);
      return Optional.empty();
    }
    if (!id.equals(rule.id())) {
      LOG.warn(
          "Ignoring warning rule of bundle '{}': property '{}' is '{}' but id() returns '{}'",
          bundleName,
          WarningRule.RULE_ID_PROPERTY,
          id,
          rule.id());
      return Optional.empty();
    }
    String version = bundle == null ? "0" : bundle.getVersion().toString();
    return Optional.of(new InstalledRule(id, rule, bundleName, version));
  }

  // ---- computations ----------------------------------------------------------------------------

  private void submitComputation(InstalledRule installed, boolean force) {
    LocalDate today = LocalDate.now(clock);
    RuleComputation computation = new RuleComputation(installed, source, store, clock, today);
    RuleComputation previous = computations.put(installed.ruleId(), computation);
    if (previous != null) {
      previous.cancel();
    }
    computationExecutor.execute(
        () -> {
          if (computation != computations.get(installed.ruleId())) {
            return;
          }
          if (!force && isCurrent(installed, today)) {
            LOG.info(
                "Warnings of rule '{}' {} are current for {}; not recomputing",
                installed.ruleId(),
                installed.version(),
                today);
            computations.remove(installed.ruleId(), computation);
            return;
          }
          computation.run();
        });
  }

  private boolean isCurrent(InstalledRule installed, LocalDate today) {
    try {
      RuleState state = store.ruleState(installed.ruleId());
      return state != null
          && state.bundleVersion().equals(installed.version())
          && state.asOf().equals(today);
    } catch (SQLException e) {
      LOG.warn("Reading the state of rule '{}' failed; recomputing it", installed.ruleId(), e);
      return false;
    }
  }

  /** Re-evaluates one person for every installed rule, after their record changed. */
  void reevaluate(long personId) {
    personExecutor.execute(
        () -> {
          List<PersonRecord> people = source.load(List.of(personId));
          for (InstalledRule installed : rules.values()) {
            List<StoredWarning> warnings =
                RuleComputation.evaluate(installed, people, LocalDate.now(clock), clock.instant());
            try {
              store.replace(installed.ruleId(), List.of(personId), warnings);
            } catch (SQLException e) {
              LOG.error(
                  "Storing warnings of rule '{}' for person {} failed",
                  installed.ruleId(),
                  personId,
                  e);
            }
          }
        });
  }

  /** Recomputes every rule for everyone and deletes warnings of rules no longer installed. */
  void refreshAll() {
    LOG.info("Nightly refresh of {} warning rules", rules.size());
    rules.values().forEach(installed -> submitComputation(installed, true));
    computationExecutor.execute(
        () -> {
          try {
            int deleted = store.deleteOtherRules(List.copyOf(rules.keySet()));
            if (deleted > 0) {
              LOG.info("Deleted {} warnings of rules that are no longer installed", deleted);
            }
          } catch (SQLException e) {
            LOG.error("Deleting warnings of uninstalled rules failed", e);
          }
        });
  }

  private void scheduleNightlyRefresh() {
    ZonedDateTime now = ZonedDateTime.now(clock);
    ZonedDateTime next = now.toLocalDate().atTime(NIGHTLY_REFRESH_AT).atZone(VIETNAM);
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    long delayMinutes = Duration.between(now, next).toMinutes() + 1;
    nightly.scheduleAtFixedRate(
        this::refreshAll, delayMinutes, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
  }

  /** Waits until every computation and deletion submitted so far has finished. */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    java.util.concurrent.CountDownLatch computed = new java.util.concurrent.CountDownLatch(2);
    computationExecutor.execute(computed::countDown);
    personExecutor.execute(computed::countDown);
    return computed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  // ---- queries ---------------------------------------------------------------------------------

  @Override
  public WarningPage find(WarningFilter filter, int page, int size) {
    if (page < 0 || size < 1 || size > 500) {
      throw new IllegalArgumentException("page must be 0 or more and size 1 to 500");
    }
    try {
      return store.find(filter, page, size, this::explain);
    } catch (SQLException e) {
      throw new IllegalStateException("Reading warnings failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<WarningCount> count(WarningFilter filter, LocalDate today) {
    try {
      return store.count(filter, today);
    } catch (SQLException e) {
      throw new IllegalStateException("Counting warnings failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<StoredWarning> forPerson(long personId) {
    try {
      return store.forPerson(personId, this::explain);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Reading warnings of person " + personId + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Explains events stored without their details by evaluating their rules again for those people
   * now. An event the rule no longer returns, because the record changed and its re-evaluation is
   * still queued, or whose rule left, keeps its summary.
   */
  private List<WarningEvent> explain(List<StoredWarning> summaries) {
    Set<Long> personIds = new LinkedHashSet<>();
    summaries.forEach(summary -> personIds.add(summary.personId()));
    Map<Long, PersonRecord> records = new HashMap<>();
    source.load(personIds).forEach(person -> records.put(person.id(), person));
    LocalDate today = LocalDate.now(clock);

    Map<String, WarningEvent> explained = new HashMap<>();
    Set<String> evaluated = new HashSet<>();
    List<WarningEvent> events = new ArrayList<>(summaries.size());
    for (StoredWarning summary : summaries) {
      WarningEvent stored = summary.event();
      InstalledRule installed = rules.get(stored.ruleId());
      PersonRecord person = records.get(summary.personId());
      boolean firstOfPersonAndRule = evaluated.add(summary.personId() + "/" + stored.ruleId());
      if (installed != null && person != null && firstOfPersonAndRule) {
        for (StoredWarning fresh :
            RuleComputation.evaluate(installed, List.of(person), today, clock.instant())) {
          explained.putIfAbsent(eventKey(summary.personId(), fresh.event()), fresh.event());
        }
      }
      events.add(explained.getOrDefault(eventKey(summary.personId(), stored), stored));
    }
    return events;
  }

  private static String eventKey(long personId, WarningEvent event) {
    return personId + "/" + event.ruleId() + "/" + event.kind() + "/" + event.dueDate();
  }

  @Override
  public List<RuleStatus> rules() {
    List<RuleStatus> statuses = new ArrayList<>();
    for (InstalledRule installed : rules.values()) {
      RuleComputation computation = computations.get(installed.ruleId());
      RuleState state = null;
      try {
        state = store.ruleState(installed.ruleId());
      } catch (SQLException e) {
        LOG.warn("Reading the state of rule '{}' failed", installed.ruleId(), e);
      }
      boolean computing = computation != null && !computation.isFinished();
      statuses.add(
          new RuleStatus(
              installed.ruleId(),
              installed.rule().title(),
              installed.bundle(),
              installed.version(),
              computing,
              computation == null ? 0 : computation.processed(),
              computation == null ? 0 : computation.total(),
              state == null ? null : state.completedAt()));
    }
    statuses.sort(Comparator.comparing(RuleStatus::ruleId));
    return statuses;
  }

  private static java.util.concurrent.ThreadFactory namedThreads(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
