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

/** The coefficient of one step of a salary type, valid from a date until the step's next row. */
@Entity
@Table(name = "ref_salary_step")
@IdClass(SalaryStepEntity.Key.class)
public class SalaryStepEntity {

  @Id
  @Column(name = "salary_table")
  private String salaryTable;

  @Id
  @Column(name = "salary_type")
  private String salaryType;

  @Id
  @Column(name = "step")
  private int step;

  @Id
  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "coefficient", nullable = false)
  private BigDecimal coefficient;

  public int getStep() {
    return step;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public BigDecimal getCoefficient() {
    return coefficient;
  }

  /** The composite primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String salaryTable;
    private String salaryType;
    private int step;
    private LocalDate validFrom;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(key.salaryTable, salaryTable)
          && Objects.equals(key.salaryType, salaryType)
          && key.step == step
          && Objects.equals(key.validFrom, validFrom);
    }

    @Override
    public int hashCode() {
      return Objects.hash(salaryTable, salaryType, step, validFrom);
    }
  }
}
