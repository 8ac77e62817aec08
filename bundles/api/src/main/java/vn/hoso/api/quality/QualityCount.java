package vn.hoso.api.quality;

import java.util.Objects;

/**
 * The frequency of one kind of problem.
 *
 * @param check the kind of problem
 * @param problems the number of problems of this kind
 * @param people the number of people with at least one of them
 */
public record QualityCount(QualityCheck check, long problems, long people) {

  public QualityCount {
    Objects.requireNonNull(check, "check");
  }
}
