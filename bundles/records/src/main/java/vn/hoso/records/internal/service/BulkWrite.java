package vn.hoso.records.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.hoso.api.personnel.BulkWriteMode;
import vn.hoso.api.personnel.BulkWriteResult;
import vn.hoso.api.personnel.CandidateOutcome;
import vn.hoso.api.personnel.CandidateOutcome.Status;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.personnel.PersonCandidate;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.bulk.BulkWriteOperations;
import vn.hoso.records.internal.persistence.ChangeSession;

/** One bulk write in one of the modes of {@link BulkWriteMode}. */
final class BulkWrite {

  /** Runs work in one transaction and posts its changes after the commit. */
  @FunctionalInterface
  interface TransactionRunner {
    List<CandidateOutcome> run(
        UnitScope scope,
        ChangeContext change,
        Function<ChangeSession, List<CandidateOutcome>> work);
  }

  /** Rolls the transaction back and carries the outcomes out of it. */
  private static final class Rollback extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<CandidateOutcome> outcomes;

    Rollback(List<CandidateOutcome> outcomes) {
      super("Bulk write rolled back", null, false, false);
      this.outcomes = outcomes;
    }
  }

  private final TransactionRunner runner;
  private final List<PersonCandidate> candidates;
  private final BulkWriteMode mode;

  BulkWrite(TransactionRunner runner, List<PersonCandidate> candidates, BulkWriteMode mode) {
    this.runner = runner;
    this.candidates = List.copyOf(candidates);
    this.mode = mode;
  }

  BulkWriteResult run(UnitScope scope, ChangeContext change) {
    return switch (mode) {
      case DRY_RUN -> new BulkWriteResult(withoutNewIds(rolledBack(scope, change)), false);
      case ALL_OR_NOTHING -> allOrNothing(scope, change);
      case VALID_ONLY -> validOnly(scope, change);
    };
  }

  private List<CandidateOutcome> rolledBack(UnitScope scope, ChangeContext change) {
    try {
      runner.run(
          scope,
          change,
          session -> {
            throw new Rollback(BulkWriteOperations.apply(session, candidates, false));
          });
    } catch (Rollback rollback) {
      return rollback.outcomes;
    }
    throw new IllegalStateException("A dry run must roll back");
  }

  private BulkWriteResult allOrNothing(UnitScope scope, ChangeContext change) {
    try {
      List<CandidateOutcome> outcomes =
          runner.run(scope, change, session -> committedUnlessRejected(session, candidates));
      return new BulkWriteResult(outcomes, true);
    } catch (Rollback rollback) {
      return new BulkWriteResult(withoutNewIds(rollback.outcomes), false);
    }
  }

  /**
   * Classifies every candidate in a rolled back transaction, then writes the valid ones in a new
   * transaction. A rejected candidate may have left partial writes in the first transaction, so the
   * second one never sees it.
   */
  private BulkWriteResult validOnly(UnitScope scope, ChangeContext change) {
    List<CandidateOutcome> firstPass = rolledBack(scope, change);
    List<PersonCandidate> valid = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (firstPass.get(i).status() != Status.REJECTED) {
        valid.add(candidates.get(i));
      }
    }
    if (valid.isEmpty()) {
      return new BulkWriteResult(withoutNewIds(firstPass), false);
    }

    List<CandidateOutcome> written;
    try {
      written = runner.run(scope, change, session -> committedUnlessRejected(session, valid));
    } catch (Rollback rollback) {
      throw new IllegalStateException(
          "A candidate that was valid became invalid before the write, because another change"
              + " was made in between; nothing was written, run the write again");
    }

    List<CandidateOutcome> merged = new ArrayList<>(candidates.size());
    int next = 0;
    for (CandidateOutcome first : firstPass) {
      merged.add(first.status() == Status.REJECTED ? first : written.get(next++));
    }
    return new BulkWriteResult(merged, true);
  }

  private static List<CandidateOutcome> committedUnlessRejected(
      ChangeSession session, List<PersonCandidate> candidates) {
    List<CandidateOutcome> outcomes = BulkWriteOperations.apply(session, candidates, true);
    if (outcomes.stream().anyMatch(outcome -> outcome.status() == Status.REJECTED)) {
      throw new Rollback(outcomes);
    }
    return outcomes;
  }

  /** Drops the ids of people created in a transaction that was rolled back. */
  private static List<CandidateOutcome> withoutNewIds(List<CandidateOutcome> outcomes) {
    return outcomes.stream()
        .map(
            outcome ->
                outcome.status() == Status.NEW
                    ? new CandidateOutcome(
                        outcome.row(),
                        outcome.status(),
                        null,
                        outcome.changedFields(),
                        outcome.problems())
                    : outcome)
        .toList();
  }
}
