package vn.hoso.api.quality;

import java.util.List;

/**
 * The problem counts of the people who belong to one unit directly, without the units below it.
 *
 * @param unitId the unit
 * @param code the unit's code
 * @param name the unit's name
 * @param parentId the unit it belongs to, or null for a top-level unit, so that a dashboard can add
 *     the counts up along the tree
 * @param people the number of people in the unit
 * @param peopleWithProblems the number of them with at least one problem
 * @param counts one entry per {@link QualityCheck}, in the enum's order, zero counts included
 */
public record UnitQualityCount(
    long unitId,
    String code,
    String name,
    Long parentId,
    long people,
    long peopleWithProblems,
    List<QualityCount> counts) {

  public UnitQualityCount {
    counts = List.copyOf(counts);
  }
}
