package vn.hoso.api.quality;

import java.util.List;

/**
 * The problems of one person's record.
 *
 * @param personId the person
 * @param fullName the person's full name
 * @param unitId the person's unit, or null when the record has none
 * @param problems every problem found, by check, then history table, row and field; empty when the
 *     record has none
 */
public record PersonQuality(
    long personId, String fullName, Long unitId, List<QualityProblem> problems) {

  public PersonQuality {
    problems = List.copyOf(problems);
  }
}
