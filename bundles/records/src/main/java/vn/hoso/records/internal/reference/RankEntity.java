package vn.hoso.records.internal.reference;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A rank (ngạch) or professional title with the salary table and type it is paid on. */
@Entity
@Table(name = "ref_rank")
public class RankEntity {

  @Id
  @Column(name = "code")
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "salary_table", nullable = false)
  private String salaryTable;

  @Column(name = "salary_type", nullable = false)
  private String salaryType;

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getSalaryTable() {
    return salaryTable;
  }

  public String getSalaryType() {
    return salaryType;
  }
}
