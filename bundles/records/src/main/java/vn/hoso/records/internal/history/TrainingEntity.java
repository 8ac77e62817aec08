package vn.hoso.records.internal.history;

import java.time.LocalDate;
import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;
import vn.hoso.api.personnel.history.TrainingMode;
import vn.hoso.api.personnel.history.TrainingRow;
import vn.hoso.api.personnel.history.TrainingType;

/** Training row (đào tạo, bồi dưỡng). */
@Entity
@Table(name = "training")
public class TrainingEntity extends HistoryEntity<TrainingRow> {

  /** Maximum lengths of the text fields, by field path, as the columns define them. */
  static final Map<String, Integer> MAX_LENGTHS =
      Map.ofEntries(
          Map.entry("school", 300),
          Map.entry("field", 200),
          Map.entry("qualificationCode", 20),
          Map.entry("degree", 200),
          Map.entry("decision.number", DecisionColumns.NUMBER_LENGTH),
          Map.entry("decision.signer", DecisionColumns.SIGNER_LENGTH));

  @Enumerated(EnumType.STRING)
  @Column(name = "training_type")
  private TrainingType type;

  @Column(name = "from_date")
  private LocalDate from;

  @Column(name = "to_date")
  private LocalDate to;

  @Column(name = "school", length = 300)
  private String school;

  @Column(name = "field", length = 200)
  private String field;

  @Enumerated(EnumType.STRING)
  @Column(name = "mode")
  private TrainingMode mode;

  @Column(name = "qualification_code", length = 20)
  private String qualificationCode;

  @Column(name = "degree", length = 200)
  private String degree;

  @Embedded private DecisionColumns decision;

  public TrainingType getType() {
    return type;
  }

  public void setType(TrainingType type) {
    this.type = type;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getSchool() {
    return school;
  }

  public void setSchool(String school) {
    this.school = school;
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  public TrainingMode getMode() {
    return mode;
  }

  public void setMode(TrainingMode mode) {
    this.mode = mode;
  }

  public String getQualificationCode() {
    return qualificationCode;
  }

  public void setQualificationCode(String qualificationCode) {
    this.qualificationCode = qualificationCode;
  }

  public String getDegree() {
    return degree;
  }

  public void setDegree(String degree) {
    this.degree = degree;
  }

  public DecisionColumns getDecision() {
    return decision;
  }

  public void setDecision(DecisionColumns decision) {
    this.decision = decision;
  }

  @Override
  public TrainingRow toRow() {
    return new TrainingRow(
        getId(),
        getVersion(),
        type,
        from,
        to,
        school,
        field,
        mode,
        qualificationCode,
        degree,
        DecisionColumns.toDecision(decision));
  }

  @Override
  public void copyFrom(TrainingRow row) {
    this.type = row.type();
    this.from = row.from();
    this.to = row.to();
    this.school = row.school();
    this.field = row.field();
    this.mode = row.mode();
    this.qualificationCode = row.qualificationCode();
    this.degree = row.degree();
    this.decision = DecisionColumns.of(row.decision());
  }

  @Override
  public Map<String, Integer> maxLengths() {
    return MAX_LENGTHS;
  }
}
