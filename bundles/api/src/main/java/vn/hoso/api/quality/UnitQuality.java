package vn.hoso.api.quality;

import java.util.List;
import java.util.Objects;
import vn.hoso.api.personnel.Page;

/**
 * The problems of the people in a unit and every unit below it.
 *
 * @param unitId the unit
 * @param unitName the unit's name
 * @param people the number of people in the subtree
 * @param peopleWithProblems the number of them with at least one problem
 * @param counts one entry per {@link QualityCheck}, in the enum's order, zero counts included
 * @param problems one page of the problems, in the people list's name order, then by check
 */
public record UnitQuality(
    long unitId,
    String unitName,
    long people,
    long peopleWithProblems,
    List<QualityCount> counts,
    Page<QualityProblem> problems) {

  public UnitQuality {
    counts = List.copyOf(counts);
    Objects.requireNonNull(problems, "problems");
  }
}
