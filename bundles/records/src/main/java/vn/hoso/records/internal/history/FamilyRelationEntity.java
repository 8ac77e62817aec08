package vn.hoso.records.internal.history;

import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;
import vn.hoso.api.personnel.history.FamilyRelationRow;
import vn.hoso.api.personnel.history.FamilySide;

/** Family relation row. */
@Entity
@Table(name = "family_relation")
public class FamilyRelationEntity extends HistoryEntity<FamilyRelationRow> {

  /** Maximum lengths of the text fields, by field path, as the columns define them. */
  static final Map<String, Integer> MAX_LENGTHS =
      Map.ofEntries(
          Map.entry("relation", 50),
          Map.entry("fullName", 200),
          Map.entry("homeTown", 300),
          Map.entry("occupation", 200),
          Map.entry("workplace", 300),
          Map.entry("residence", 300),
          Map.entry("note", 500));

  @Enumerated(EnumType.STRING)
  @Column(name = "side")
  private FamilySide side;

  @Column(name = "relation", length = 50)
  private String relation;

  @Column(name = "full_name", length = 200)
  private String fullName;

  @Column(name = "birth_year")
  private Integer birthYear;

  @Column(name = "home_town", length = 300)
  private String homeTown;

  @Column(name = "occupation", length = 200)
  private String occupation;

  @Column(name = "workplace", length = 300)
  private String workplace;

  @Column(name = "residence", length = 300)
  private String residence;

  @Column(name = "note", length = 500)
  private String note;

  public FamilySide getSide() {
    return side;
  }

  public void setSide(FamilySide side) {
    this.side = side;
  }

  public String getRelation() {
    return relation;
  }

  public void setRelation(String relation) {
    this.relation = relation;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public Integer getBirthYear() {
    return birthYear;
  }

  public void setBirthYear(Integer birthYear) {
    this.birthYear = birthYear;
  }

  public String getHomeTown() {
    return homeTown;
  }

  public void setHomeTown(String homeTown) {
    this.homeTown = homeTown;
  }

  public String getOccupation() {
    return occupation;
  }

  public void setOccupation(String occupation) {
    this.occupation = occupation;
  }

  public String getWorkplace() {
    return workplace;
  }

  public void setWorkplace(String workplace) {
    this.workplace = workplace;
  }

  public String getResidence() {
    return residence;
  }

  public void setResidence(String residence) {
    this.residence = residence;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  @Override
  public FamilyRelationRow toRow() {
    return new FamilyRelationRow(
        getId(),
        getVersion(),
        side,
        relation,
        fullName,
        birthYear,
        homeTown,
        occupation,
        workplace,
        residence,
        note);
  }

  @Override
  public void copyFrom(FamilyRelationRow row) {
    this.side = row.side();
    this.relation = row.relation();
    this.fullName = row.fullName();
    this.birthYear = row.birthYear();
    this.homeTown = row.homeTown();
    this.occupation = row.occupation();
    this.workplace = row.workplace();
    this.residence = row.residence();
    this.note = row.note();
  }

  @Override
  public Map<String, Integer> maxLengths() {
    return MAX_LENGTHS;
  }
}
