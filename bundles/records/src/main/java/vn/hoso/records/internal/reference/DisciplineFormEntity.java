package vn.hoso.records.internal.reference;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A discipline form the law allowed for one category of person during a period. */
@Entity
@Table(name = "ref_discipline_form")
@IdClass(DisciplineFormEntity.Key.class)
public class DisciplineFormEntity {

  @Id
  @Column(name = "category")
  private String category;

  @Id
  @Column(name = "code")
  private String code;

  @Id
  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "name", nullable = false)
  private String name;

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  /** Returns whether the form could be imposed on the given date. */
  public boolean isValidOn(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
  }

  /** The composite primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String category;
    private String code;
    private LocalDate validFrom;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(key.category, category)
          && Objects.equals(key.code, code)
          && Objects.equals(key.validFrom, validFrom);
    }

    @Override
    public int hashCode() {
      return Objects.hash(category, code, validFrom);
    }
  }
}
