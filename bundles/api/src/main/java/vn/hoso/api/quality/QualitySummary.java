package vn.hoso.api.quality;

import java.util.List;

/**
 * The problem counts over every person in the caller's scope, for a dashboard.
 *
 * @param people the number of people in scope
 * @param peopleWithProblems the number of them with at least one problem
 * @param counts one entry per {@link QualityCheck}, in the enum's order, zero counts included
 * @param units one entry per unit in scope that has people, by unit code
 */
public record QualitySummary(
    long people, long peopleWithProblems, List<QualityCount> counts, List<UnitQualityCount> units) {

  public QualitySummary {
    counts = List.copyOf(counts);
    units = List.copyOf(units);
  }
}
