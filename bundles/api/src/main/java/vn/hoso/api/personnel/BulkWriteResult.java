package vn.hoso.api.personnel;

import java.util.List;

/**
 * The outcome of a bulk write.
 *
 * @param outcomes one per candidate, in the order given
 * @param written whether the changes were committed; false for a dry run, and for {@link
 *     BulkWriteMode#ALL_OR_NOTHING} with a rejected candidate
 */
public record BulkWriteResult(List<CandidateOutcome> outcomes, boolean written) {

  public BulkWriteResult {
    outcomes = List.copyOf(outcomes);
  }

  /** Returns how many candidates have the status. */
  public long count(CandidateOutcome.Status status) {
    return outcomes.stream().filter(outcome -> outcome.status() == status).count();
  }
}
