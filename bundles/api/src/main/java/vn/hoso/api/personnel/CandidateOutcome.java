package vn.hoso.api.personnel;

import java.util.List;
import java.util.Objects;

/**
 * What a bulk write did, or would do in a dry run, with one candidate.
 *
 * @param row the candidate's row number in the file
 * @param status new, updated, unchanged or rejected
 * @param personId the matched or created person; null for a rejected new person, and for a new
 *     person in a dry run
 * @param changedFields for an updated person, the changed fields by their {@link PersonData} names,
 *     and {@code salary} when the salary row changed; empty otherwise
 * @param problems for a rejected candidate, every problem found, with the codes and Vietnamese
 *     messages of {@link ValidationException}; salary problems have fields such as {@code
 *     salary.step}. Empty otherwise.
 */
public record CandidateOutcome(
    long row,
    Status status,
    Long personId,
    List<String> changedFields,
    List<FieldProblem> problems) {

  public CandidateOutcome {
    Objects.requireNonNull(status, "status");
    changedFields = List.copyOf(changedFields);
    problems = List.copyOf(problems);
  }

  /** The class of a candidate. */
  public enum Status {
    /** No stored person matches; a new person is created. */
    NEW,
    /** A stored person matches and at least one field or the salary row differs. */
    UPDATED,
    /** A stored person matches and nothing the file gives differs. */
    UNCHANGED,
    /** The candidate is invalid and nothing of it is written. */
    REJECTED
  }
}
