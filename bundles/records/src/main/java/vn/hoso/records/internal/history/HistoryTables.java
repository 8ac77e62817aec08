package vn.hoso.records.internal.history;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.hoso.api.personnel.history.AwardRow;
import vn.hoso.api.personnel.history.DisciplineRow;
import vn.hoso.api.personnel.history.EvaluationRow;
import vn.hoso.api.personnel.history.FamilyRelationRow;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.HistoryRow;
import vn.hoso.api.personnel.history.LabourContractRow;
import vn.hoso.api.personnel.history.LeadershipTermRow;
import vn.hoso.api.personnel.history.MembershipRow;
import vn.hoso.api.personnel.history.MilitaryServiceRow;
import vn.hoso.api.personnel.history.NonCountedPeriodRow;
import vn.hoso.api.personnel.history.RetirementAdjustmentRow;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.api.personnel.history.TrainingRow;
import vn.hoso.api.personnel.history.WorkHistoryRow;

/** The entity, rules and natural order of each history table. */
final class HistoryTables {

  /**
   * One history table.
   *
   * @param kind the API kind
   * @param entityClass the JPA entity
   * @param factory creates an empty entity
   * @param rules the validation
   * @param order the natural order of its rows, by date or year, oldest first and empty last
   * @param <R> the row type
   * @param <E> the entity type
   */
  record Table<R extends HistoryRow, E extends HistoryEntity<R>>(
      HistoryKind<R> kind,
      Class<E> entityClass,
      Supplier<E> factory,
      HistoryRules<R> rules,
      Comparator<R> order) {}

  private static final Map<HistoryKind<?>, Table<?, ?>> TABLES =
      Map.ofEntries(
          entry(
              new Table<>(
                  HistoryKind.SALARY,
                  SalaryEntity.class,
                  SalaryEntity::new,
                  new SalaryRules(),
                  byDate(SalaryRow::effectiveDate))),
          entry(
              new Table<>(
                  HistoryKind.LEADERSHIP_TERMS,
                  LeadershipTermEntity.class,
                  LeadershipTermEntity::new,
                  new LeadershipTermRules(),
                  byDate(LeadershipTermRow::effectiveDate))),
          entry(
              new Table<>(
                  HistoryKind.WORK_HISTORY,
                  WorkHistoryEntity.class,
                  WorkHistoryEntity::new,
                  BasicHistoryRules::workHistory,
                  byDate(WorkHistoryRow::from))),
          entry(
              new Table<>(
                  HistoryKind.TRAINING,
                  TrainingEntity.class,
                  TrainingEntity::new,
                  BasicHistoryRules::training,
                  byDate(TrainingRow::from))),
          entry(
              new Table<>(
                  HistoryKind.AWARDS,
                  AwardEntity.class,
                  AwardEntity::new,
                  BasicHistoryRules::award,
                  byDate(HistoryTables::awardDate))),
          entry(
              new Table<>(
                  HistoryKind.DISCIPLINE,
                  DisciplineEntity.class,
                  DisciplineEntity::new,
                  BasicHistoryRules::discipline,
                  byDate(DisciplineRow::effectiveDate))),
          entry(
              new Table<>(
                  HistoryKind.EVALUATIONS,
                  EvaluationEntity.class,
                  EvaluationEntity::new,
                  BasicHistoryRules::evaluation,
                  by(EvaluationRow::year))),
          entry(
              new Table<>(
                  HistoryKind.NON_COUNTED_PERIODS,
                  NonCountedPeriodEntity.class,
                  NonCountedPeriodEntity::new,
                  BasicHistoryRules::nonCountedPeriod,
                  byDate(NonCountedPeriodRow::from))),
          entry(
              new Table<>(
                  HistoryKind.FAMILY_RELATIONS,
                  FamilyRelationEntity.class,
                  FamilyRelationEntity::new,
                  BasicHistoryRules::familyRelation,
                  by(FamilyRelationRow::side))),
          entry(
              new Table<>(
                  HistoryKind.MEMBERSHIPS,
                  MembershipEntity.class,
                  MembershipEntity::new,
                  BasicHistoryRules::membership,
                  byDate(MembershipRow::joinedOn))),
          entry(
              new Table<>(
                  HistoryKind.MILITARY_SERVICE,
                  MilitaryServiceEntity.class,
                  MilitaryServiceEntity::new,
                  BasicHistoryRules::militaryService,
                  byDate(MilitaryServiceRow::enlistedOn))),
          entry(
              new Table<>(
                  HistoryKind.LABOUR_CONTRACTS,
                  LabourContractEntity.class,
                  LabourContractEntity::new,
                  BasicHistoryRules::labourContract,
                  byDate(LabourContractRow::startDate))),
          entry(
              new Table<>(
                  HistoryKind.RETIREMENT_ADJUSTMENTS,
                  RetirementAdjustmentEntity.class,
                  RetirementAdjustmentEntity::new,
                  BasicHistoryRules::retirementAdjustment,
                  by(RetirementAdjustmentRow::kind))));

  private HistoryTables() {}

  @SuppressWarnings("unchecked")
  static <R extends HistoryRow> Table<R, ? extends HistoryEntity<R>> of(HistoryKind<R> kind) {
    Table<?, ?> table = TABLES.get(kind);
    if (table == null) {
      throw new IllegalArgumentException("No history table for " + kind);
    }
    return (Table<R, ? extends HistoryEntity<R>>) table;
  }

  private static Map.Entry<HistoryKind<?>, Table<?, ?>> entry(Table<?, ?> table) {
    return Map.entry(table.kind(), table);
  }

  private static LocalDate awardDate(AwardRow row) {
    if (row.awardedOn() != null) {
      return row.awardedOn();
    }
    return row.year() == null ? null : LocalDate.of(row.year(), 12, 31);
  }

  private static <R extends HistoryRow> Comparator<R> byDate(Function<R, LocalDate> date) {
    return by(date);
  }

  /** Orders by a key with empty keys last, then by identifier. */
  private static <R extends HistoryRow, K extends Comparable<? super K>> Comparator<R> by(
      Function<R, K> key) {
    return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(HistoryRow::id, Comparator.nullsLast(Comparator.naturalOrder()));
  }
}
