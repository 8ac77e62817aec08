package vn.hoso.api.personnel.history;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The history tables of a person, each with the row type the record service reads and writes.
 *
 * @param <R> the row type
 */
public final class HistoryKind<R extends HistoryRow> {

  public static final HistoryKind<SalaryRow> SALARY =
      new HistoryKind<>("salary", "salary_history", SalaryRow.class);
  public static final HistoryKind<LeadershipTermRow> LEADERSHIP_TERMS =
      new HistoryKind<>("leadership-terms", "leadership_term", LeadershipTermRow.class);
  public static final HistoryKind<WorkHistoryRow> WORK_HISTORY =
      new HistoryKind<>("work-history", "work_history", WorkHistoryRow.class);
  public static final HistoryKind<TrainingRow> TRAINING =
      new HistoryKind<>("training", "training", TrainingRow.class);
  public static final HistoryKind<AwardRow> AWARDS =
      new HistoryKind<>("awards", "award", AwardRow.class);
  public static final HistoryKind<DisciplineRow> DISCIPLINE =
      new HistoryKind<>("discipline", "discipline", DisciplineRow.class);
  public static final HistoryKind<EvaluationRow> EVALUATIONS =
      new HistoryKind<>("evaluations", "evaluation", EvaluationRow.class);
  public static final HistoryKind<NonCountedPeriodRow> NON_COUNTED_PERIODS =
      new HistoryKind<>("non-counted-periods", "non_counted_period", NonCountedPeriodRow.class);
  public static final HistoryKind<FamilyRelationRow> FAMILY_RELATIONS =
      new HistoryKind<>("family-relations", "family_relation", FamilyRelationRow.class);
  public static final HistoryKind<MembershipRow> MEMBERSHIPS =
      new HistoryKind<>("memberships", "membership", MembershipRow.class);
  public static final HistoryKind<MilitaryServiceRow> MILITARY_SERVICE =
      new HistoryKind<>("military-service", "military_service", MilitaryServiceRow.class);
  public static final HistoryKind<LabourContractRow> LABOUR_CONTRACTS =
      new HistoryKind<>("labour-contracts", "labour_contract", LabourContractRow.class);
  public static final HistoryKind<RetirementAdjustmentRow> RETIREMENT_ADJUSTMENTS =
      new HistoryKind<>(
          "retirement-adjustments", "retirement_adjustment", RetirementAdjustmentRow.class);

  private static final List<HistoryKind<?>> ALL =
      List.of(
          SALARY,
          LEADERSHIP_TERMS,
          WORK_HISTORY,
          TRAINING,
          AWARDS,
          DISCIPLINE,
          EVALUATIONS,
          NON_COUNTED_PERIODS,
          FAMILY_RELATIONS,
          MEMBERSHIPS,
          MILITARY_SERVICE,
          LABOUR_CONTRACTS,
          RETIREMENT_ADJUSTMENTS);

  private final String path;
  private final String table;
  private final Class<R> rowType;

  private HistoryKind(String path, String table, Class<R> rowType) {
    this.path = path;
    this.table = table;
    this.rowType = rowType;
  }

  /** Returns every history kind. */
  public static List<HistoryKind<?>> all() {
    return ALL;
  }

  /** Returns the kind whose {@link #path()} is the given one. */
  public static Optional<HistoryKind<?>> byPath(String path) {
    return ALL.stream().filter(kind -> kind.path.equals(path)).findFirst();
  }

  /** Returns the kind's name in the REST API, for example {@code leadership-terms}. */
  public String path() {
    return path;
  }

  /** Returns the database table, as audit entries and stale-version errors name it. */
  public String table() {
    return table;
  }

  public Class<R> rowType() {
    return rowType;
  }

  /** Returns the row cast to this kind's row type. */
  public R cast(HistoryRow row) {
    return rowType.cast(Objects.requireNonNull(row, "row"));
  }

  @Override
  public String toString() {
    return path;
  }
}
