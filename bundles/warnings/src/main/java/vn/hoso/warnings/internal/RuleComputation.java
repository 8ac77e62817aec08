package vn.hoso.warnings.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.PersonRecordSource;
import vn.hoso.api.warning.StoredWarning;
import vn.hoso.api.warning.WarningEvent;
import vn.hoso.api.warning.WarningRule;

/**
 * Computes one rule for everyone, batch by batch. Each batch is its own short transaction, so
 * readers do not wait for the whole computation, and a cancelled one leaves each person's warnings
 * either all old or all new.
 */
final class RuleComputation implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(RuleComputation.class);

  static final int BATCH_SIZE = 1000;

  private static final ThreadFactory PREPARER_THREADS =
      runnable -> {
        Thread thread = new Thread(runnable, "hoso-warnings-prepare");
        thread.setDaemon(true);
        return thread;
      };

  private final InstalledRule installed;
  private final PersonRecordSource source;
  private final WarningStore store;
  private final Clock clock;
  private final LocalDate asOf;

  private final AtomicLong processed = new AtomicLong();
  private volatile long total;
  private volatile boolean cancelled;
  private volatile boolean finished;

  RuleComputation(
      InstalledRule installed,
      PersonRecordSource source,
      WarningStore store,
      Clock clock,
      LocalDate asOf) {
    this.installed = installed;
    this.source = source;
    this.store = store;
    this.clock = clock;
    this.asOf = asOf;
  }

  @Override
  public void run() {
    String ruleId = installed.ruleId();
    long started = System.nanoTime();
    LOG.info("Computing warnings of rule '{}' for everyone as of {}", ruleId, asOf);
    ExecutorService preparer = Executors.newSingleThreadExecutor(PREPARER_THREADS);
    try {
      total = source.count();
      long loadNanos = 0;
      long evaluateNanos = 0;
      long storeNanos = 0;

      // The next batch is loaded and evaluated while the current one is stored, so the database
      // writes overlap the reading and the rule's work instead of following them.
      Future<Batch> next = preparer.submit(() -> prepare(0));
      long lastId = 0;
      while (!cancelled) {
        Batch batch = await(next);
        if (batch.personIds().isEmpty()) {
          // People deleted since the last computation may have had ids above everyone's now.
          store.replaceRange(ruleId, lastId, Long.MAX_VALUE, List.of());
          break;
        }
        lastId = batch.personIds().get(batch.personIds().size() - 1);
        long nextAfterId = lastId;
        next = preparer.submit(() -> prepare(nextAfterId));

        long storeStart = System.nanoTime();
        store.replaceRange(ruleId, batch.afterId(), lastId, batch.warnings());
        storeNanos += System.nanoTime() - storeStart;
        loadNanos += batch.loadNanos();
        evaluateNanos += batch.evaluateNanos();
        processed.addAndGet(batch.personIds().size());
      }
      LOG.info(
          "Rule '{}' spent {} ms loading records, {} ms evaluating, {} ms storing warnings"
              + " (loading and evaluating overlap storing)",
          ruleId,
          loadNanos / 1_000_000,
          evaluateNanos / 1_000_000,
          storeNanos / 1_000_000);
      if (cancelled) {
        LOG.info("Computation of rule '{}' cancelled after {} people", ruleId, processed.get());
        return;
      }
      store.saveRuleState(ruleId, new RuleState(installed.version(), asOf, clock.instant()));
      long vacuumStart = System.nanoTime();
      store.vacuum();
      LOG.info(
          "Rule '{}' spent {} ms vacuuming the warnings table",
          ruleId,
          (System.nanoTime() - vacuumStart) / 1_000_000);
      LOG.info(
          "Computed warnings of rule '{}' for {} people in {} ms",
          ruleId,
          processed.get(),
          (System.nanoTime() - started) / 1_000_000);
    } catch (SQLException | RuntimeException e) {
      LOG.error(
          "Computation of rule '{}' failed after {} people; the nightly refresh retries it",
          ruleId,
          processed.get(),
          e);
    } catch (InterruptedException e) {
      LOG.info("Computation of rule '{}' interrupted after {} people", ruleId, processed.get());
      Thread.currentThread().interrupt();
    } finally {
      preparer.shutdownNow();
      finished = true;
    }
  }

  /** Loads the batch of people after {@code afterId} and evaluates the rule for them. */
  private Batch prepare(long afterId) {
    long loadStart = System.nanoTime();
    List<Long> ids = source.personIds(afterId, BATCH_SIZE);
    if (ids.isEmpty()) {
      return new Batch(afterId, ids, List.of(), 0, 0);
    }
    List<PersonRecord> people = source.load(ids);
    long loaded = System.nanoTime();
    List<StoredWarning> warnings = evaluate(installed, people, asOf, clock.instant());
    return new Batch(afterId, ids, warnings, loaded - loadStart, System.nanoTime() - loaded);
  }

  private static Batch await(Future<Batch> batch) throws SQLException, InterruptedException {
    try {
      return batch.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new SQLException("Failed to load or evaluate a batch of people", e.getCause());
    }
  }

  private record Batch(
      long afterId,
      List<Long> personIds,
      List<StoredWarning> warnings,
      long loadNanos,
      long evaluateNanos) {}

  /**
   * Evaluates one rule for each person. A person whose record the rule cannot interpret gets no
   * events of this rule, and the problem is logged with the person's id.
   */
  static List<StoredWarning> evaluate(
      InstalledRule installed, List<PersonRecord> people, LocalDate asOf, Instant now) {
    WarningRule rule = installed.rule();
    List<StoredWarning> warnings = new ArrayList<>();
    for (PersonRecord person : people) {
      List<WarningEvent> events;
      try {
        events = rule.evaluate(person, asOf);
      } catch (IllegalArgumentException e) {
        LOG.warn(
            "Rule '{}' cannot evaluate person {}: {}",
            installed.ruleId(),
            person.id(),
            e.getMessage());
        continue;
      } catch (RuntimeException e) {
        LOG.error("Rule '{}' failed on person {}", installed.ruleId(), person.id(), e);
        continue;
      }
      for (WarningEvent event : events) {
        warnings.add(
            new StoredWarning(
                person.id(),
                person.name().fullName(),
                person.unitId(),
                person.category(),
                event,
                now));
      }
    }
    return warnings;
  }

  void cancel() {
    cancelled = true;
  }

  boolean isFinished() {
    return finished;
  }

  long processed() {
    return processed.get();
  }

  long total() {
    return total;
  }
}
