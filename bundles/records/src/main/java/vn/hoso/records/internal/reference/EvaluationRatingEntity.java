package vn.hoso.records.internal.reference;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A rating of the yearly evaluation and the years it was given in. */
@Entity
@Table(name = "ref_evaluation_rating")
public class EvaluationRatingEntity {

  @Id
  @Column(name = "code")
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "valid_from_year")
  private Integer validFromYear;

  @Column(name = "valid_to_year")
  private Integer validToYear;

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  /** Returns whether the rating was in use for the given year. */
  public boolean isValidFor(int year) {
    return (validFromYear == null || year >= validFromYear)
        && (validToYear == null || year <= validToYear);
  }
}
