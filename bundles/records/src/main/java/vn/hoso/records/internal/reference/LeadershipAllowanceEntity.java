package vn.hoso.records.internal.reference;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** The allowance coefficient of a leadership position in one kind of agency, for a period. */
@Entity
@Table(name = "ref_leadership_allowance")
@IdClass(LeadershipAllowanceEntity.Key.class)
public class LeadershipAllowanceEntity {

  @Id
  @Column(name = "code")
  private String code;

  @Id
  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "coefficient", nullable = false)
  private BigDecimal coefficient;

  public String getCode() {
    return code;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public String getTitle() {
    return title;
  }

  public BigDecimal getCoefficient() {
    return coefficient;
  }

  /** The composite primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String code;
    private LocalDate validFrom;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(key.code, code)
          && Objects.equals(key.validFrom, validFrom);
    }

    @Override
    public int hashCode() {
      return Objects.hash(code, validFrom);
    }
  }
}
