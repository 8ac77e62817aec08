package vn.hoso.warning.retirement.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.rules.DatedTable;
import vn.hoso.api.rules.ReferenceTable;
import vn.hoso.api.rules.RetirementAgeRoadmap;

/**
 * The legal figures of the retirement rule, read from the tables packaged with this bundle.
 * Immutable.
 */
final class RetirementReference {

  static final String AGE_TABLE = "retirement-age.psv";
  static final String DEADLINE_TABLE = "retirement-deadlines.psv";

  private final RetirementAgeRoadmap roadmap;
  private final DatedTable<PersonCategory, Deadlines> deadlines;

  RetirementReference(
      RetirementAgeRoadmap roadmap, DatedTable<PersonCategory, Deadlines> deadlines) {
    this.roadmap = Objects.requireNonNull(roadmap, "roadmap");
    this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
  }

  /**
   * Loads the tables packaged with this bundle.
   *
   * @throws IllegalArgumentException when a table is malformed, naming the file and line
   */
  static RetirementReference loadPackaged() {
    return from(
        ReferenceTable.load(RetirementReference.class, AGE_TABLE),
        ReferenceTable.load(RetirementReference.class, DEADLINE_TABLE));
  }

  static RetirementReference from(ReferenceTable ageTable, ReferenceTable deadlineTable) {
    DatedTable.Builder<PersonCategory, Deadlines> deadlines = DatedTable.builder();
    for (ReferenceTable.Row row : deadlineTable.rows()) {
      Deadlines value =
          new Deadlines(
              row.date("effectiveFrom"),
              row.integer("noticeMonths"),
              row.integer("decisionMonths"),
              row.requiredText("legalBasis"));
      for (String category : row.words("categories")) {
        deadlines.put(parseCategory(row, category), value.effectiveFrom(), value);
      }
    }
    return new RetirementReference(RetirementAgeRoadmap.from(ageTable), deadlines.build());
  }

  RetirementAgeRoadmap roadmap() {
    return roadmap;
  }

  /**
   * Returns the deadlines for {@code category} in force on {@code date}, or the earliest ones when
   * the table starts later, or empty when the category has none.
   */
  Optional<Deadlines> deadlines(PersonCategory category, LocalDate date) {
    return deadlines.atOrFirst(category, date);
  }

  private static PersonCategory parseCategory(ReferenceTable.Row row, String value) {
    try {
      return PersonCategory.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw row.invalid("categories", value, "must list PersonCategory names such as CONG_CHUC");
    }
  }

  /**
   * The written notice and decision deadlines before the retirement moment.
   *
   * @param effectiveFrom the date from which they apply
   * @param noticeMonths months before the retirement moment by which the notice is due
   * @param decisionMonths months before the retirement moment by which the decision is due
   * @param legalBasis the provisions that set them
   */
  record Deadlines(
      LocalDate effectiveFrom, int noticeMonths, int decisionMonths, String legalBasis) {}
}
