package vn.hoso.records.internal.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import vn.hoso.api.record.PersonCategory;

/**
 * Look-ups in the reference tables, within the caller's transaction. Only the migrations write
 * these tables, so the results for codes, ranks, salary types and coefficients are kept for the
 * rest of the transaction: a bulk write checks the same few codes for every person it reads.
 */
public final class ReferenceData {

  private record CodeKey(Class<? extends CodeListEntry> list, String code) {}

  private record StepKey(String salaryTable, String salaryType, int step) {}

  private final EntityManager em;
  private final Map<CodeKey, Boolean> codes = new HashMap<>();
  private final Map<String, Optional<RankEntity>> ranks = new HashMap<>();
  private final Map<SalaryTypeEntity.Key, Optional<SalaryTypeEntity>> salaryTypes = new HashMap<>();
  private final Map<StepKey, List<SalaryStepEntity>> stepsNewestFirst = new HashMap<>();

  public ReferenceData(EntityManager em) {
    this.em = em;
  }

  /** Returns whether a simple code list contains the code. */
  public boolean contains(Class<? extends CodeListEntry> list, String code) {
    return codes.computeIfAbsent(new CodeKey(list, code), key -> em.find(list, code) != null);
  }

  public Optional<RankEntity> rank(String code) {
    return ranks.computeIfAbsent(code, key -> Optional.ofNullable(em.find(RankEntity.class, code)));
  }

  public Optional<SalaryTypeEntity> salaryType(String salaryTable, String salaryType) {
    return salaryTypes.computeIfAbsent(
        new SalaryTypeEntity.Key(salaryTable, salaryType),
        key -> Optional.ofNullable(em.find(SalaryTypeEntity.class, key)));
  }

  /**
   * Returns the coefficient of a step in force on a date, or empty when the tables hold none for
   * that date (such as a step of the salary tables before 01/10/2004).
   */
  public Optional<BigDecimal> coefficient(
      String salaryTable, String salaryType, int step, LocalDate date) {
    List<SalaryStepEntity> steps =
        stepsNewestFirst.computeIfAbsent(
            new StepKey(salaryTable, salaryType, step),
            key -> readSteps(salaryTable, salaryType, step));
    return steps.stream()
        .filter(row -> !row.getValidFrom().isAfter(date))
        .findFirst()
        .map(SalaryStepEntity::getCoefficient);
  }

  /** Returns the coefficients of a step in every period, the newest first. */
  private List<SalaryStepEntity> readSteps(String salaryTable, String salaryType, int step) {
    return em.createQuery(
            "SELECT s FROM SalaryStepEntity s WHERE s.salaryTable = :table"
                + " AND s.salaryType = :type AND s.step = :step ORDER BY s.validFrom DESC",
            SalaryStepEntity.class)
        .setParameter("table", salaryTable)
        .setParameter("type", salaryType)
        .setParameter("step", step)
        .getResultList();
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
