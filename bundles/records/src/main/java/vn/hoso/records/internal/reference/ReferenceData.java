package vn.hoso.records.internal.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import vn.hoso.api.record.PersonCategory;

/** Look-ups in the reference tables, within the caller's transaction. */
public final class ReferenceData {

  private final EntityManager em;

  public ReferenceData(EntityManager em) {
    this.em = em;
  }

  /** Returns whether a simple code list contains the code. */
  public boolean contains(Class<? extends CodeListEntry> list, String code) {
    return em.find(list, code) != null;
  }

  public Optional<RankEntity> rank(String code) {
    return Optional.ofNullable(em.find(RankEntity.class, code));
  }

  public Optional<SalaryTypeEntity> salaryType(String salaryTable, String salaryType) {
    return Optional.ofNullable(
        em.find(SalaryTypeEntity.class, new SalaryTypeEntity.Key(salaryTable, salaryType)));
  }

  /**
   * Returns the coefficient of a step in force on a date, or empty when the tables hold none for
   * that date (such as a step of the salary tables before 01/10/2004).
   */
  public Optional<BigDecimal> coefficient(
      String salaryTable, String salaryType, int step, LocalDate date) {
    List<SalaryStepEntity> rows =
        em.createQuery(
                "SELECT s FROM SalaryStepEntity s WHERE s.salaryTable = :table"
                    + " AND s.salaryType = :type AND s.step = :step AND s.validFrom <= :date"
                    + " ORDER BY s.validFrom DESC",
                SalaryStepEntity.class)
            .setParameter("table", salaryTable)
            .setParameter("type", salaryType)
            .setParameter("step", step)
            .setParameter("date", date)
            .setMaxResults(1)
            .getResultList();
    return rows.stream().findFirst().map(SalaryStepEntity::getCoefficient);
  }

  /** Returns whether the leadership allowance table has the position code at all. */
  public boolean hasLeadershipPosition(String code) {
    return !em.createQuery(
            "SELECT a FROM LeadershipAllowanceEntity a WHERE a.code = :code",
            LeadershipAllowanceEntity.class)
        .setParameter("code", code)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Returns the allowance rows of a position in force on a date. */
  public List<LeadershipAllowanceEntity> leadershipAllowances(String code, LocalDate date) {
    return em.createQuery(
            "SELECT a FROM LeadershipAllowanceEntity a WHERE a.code = :code"
                + " AND a.validFrom <= :date AND (a.validTo IS NULL OR a.validTo >= :date)",
            LeadershipAllowanceEntity.class)
        .setParameter("code", code)
        .setParameter("date", date)
        .getResultList();
  }

  public Optional<EvaluationRatingEntity> evaluationRating(String code) {
    return Optional.ofNullable(em.find(EvaluationRatingEntity.class, code));
  }

  /** Returns the rows of a discipline form for one category, in every period. */
  public List<DisciplineFormEntity> disciplineForms(PersonCategory category, String code) {
    return em.createQuery(
            "SELECT d FROM DisciplineFormEntity d WHERE d.category = :category AND d.code = :code",
            DisciplineFormEntity.class)
        .setParameter("category", category.name())
        .setParameter("code", code)
        .getResultList();
  }
}
