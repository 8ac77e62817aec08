package vn.hoso.records.internal.history;

import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;
import vn.hoso.api.personnel.history.EvaluationRow;
import vn.hoso.api.record.EvaluationRating;

/** Yearly evaluation row. */
@Entity
@Table(name = "evaluation")
public class EvaluationEntity extends HistoryEntity<EvaluationRow> {

  /** Maximum lengths of the text fields, by field path, as the columns define them. */
  static final Map<String, Integer> MAX_LENGTHS =
      Map.ofEntries(
          Map.entry("decision.number", DecisionColumns.NUMBER_LENGTH),
          Map.entry("decision.signer", DecisionColumns.SIGNER_LENGTH));

  @Column(name = "evaluation_year")
  private Integer year;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating")
  private EvaluationRating rating;

  @Column(name = "score")
  private Integer score;

  @Embedded private DecisionColumns decision;

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public EvaluationRating getRating() {
    return rating;
  }

  public void setRating(EvaluationRating rating) {
    this.rating = rating;
  }

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }

  public DecisionColumns getDecision() {
    return decision;
  }

  public void setDecision(DecisionColumns decision) {
    this.decision = decision;
  }

  @Override
  public EvaluationRow toRow() {
    return new EvaluationRow(
        getId(), getVersion(), year, rating, score, DecisionColumns.toDecision(decision));
  }

  @Override
  public void copyFrom(EvaluationRow row) {
    this.year = row.year();
    this.rating = row.rating();
    this.score = row.score();
    this.decision = DecisionColumns.of(row.decision());
  }

  @Override
  public Map<String, Integer> maxLengths() {
    return MAX_LENGTHS;
  }
}
