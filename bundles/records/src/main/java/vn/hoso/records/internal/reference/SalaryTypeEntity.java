package vn.hoso.records.internal.reference;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A salary type of one salary table, with its number of steps and the months between them. */
@Entity
@Table(name = "ref_salary_type")
@IdClass(SalaryTypeEntity.Key.class)
public class SalaryTypeEntity {

  @Id
  @Column(name = "salary_table")
  private String salaryTable;

  @Id
  @Column(name = "code")
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "step_count", nullable = false)
  private int stepCount;

  @Column(name = "interval_months", nullable = false)
  private int intervalMonths;

  public String getSalaryTable() {
    return salaryTable;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public int getStepCount() {
    return stepCount;
  }

  public int getIntervalMonths() {
    return intervalMonths;
  }

  /** The composite primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String salaryTable;
    private String code;

    public Key() {}

    public Key(String salaryTable, String code) {
      this.salaryTable = salaryTable;
      this.code = code;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(key.salaryTable, salaryTable)
          && Objects.equals(key.code, code);
    }

    @Override
    public int hashCode() {
      return Objects.hash(salaryTable, code);
    }
  }
}
