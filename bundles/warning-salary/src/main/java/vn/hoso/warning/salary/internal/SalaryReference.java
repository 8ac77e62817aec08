package vn.hoso.warning.salary.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.hoso.api.record.DisciplineForm;
import vn.hoso.api.record.EvaluationRating;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.SalaryEntry;
import vn.hoso.api.rules.DatedTable;
import vn.hoso.api.rules.ReferenceTable;

/**
 * The legal figures of the salary rules, read from the tables packaged with this bundle. Every
 * lookup takes a date and uses the value in force on it, or the earliest value when the date is
 * older than the table. Immutable.
 */
final class SalaryReference {

  static final String SCALES = "salary-scales.psv";
  static final String INTERVALS = "step-intervals.psv";
  static final String SENIORITY = "seniority-allowance.psv";
  static final String DISCIPLINE = "discipline-extensions.psv";
  static final String EVALUATION = "evaluation-extensions.psv";
  static final String PARAMETERS = "salary-parameters.psv";

  static final String DAYS_PER_MONTH = "non-counted-days-per-month";
  static final String MINIMUM_DAYS = "non-counted-minimum-days";
  static final String NOTICE_WINDOW_MONTHS = "retirement-notice-window-months";
  static final String NOTICE_EARLY_MONTHS = "retirement-notice-early-months";
  static final String NOTICE_EXCLUDED_BASES = "retirement-notice-excluded-bases";
  static final String ACHIEVEMENT_MAX_LACKING_MONTHS = "achievement-max-lacking-months";
  static final String ACHIEVEMENT_QUOTA_PERCENT = "achievement-quota-percent";

  private static final List<String> REQUIRED_PARAMETERS =
      List.of(
          DAYS_PER_MONTH,
          MINIMUM_DAYS,
          NOTICE_WINDOW_MONTHS,
          NOTICE_EARLY_MONTHS,
          NOTICE_EXCLUDED_BASES,
          ACHIEVEMENT_MAX_LACKING_MONTHS,
          ACHIEVEMENT_QUOTA_PERCENT);

  private final DatedTable<ScaleKey, Scale> scales;
  private final DatedTable<ScaleKey, Interval> intervals;
  private final DatedTable<ScaleKey, Seniority> seniority;
  private final DatedTable<DisciplineKey, Extension> discipline;
  private final DatedTable<EvaluationRating, Extension> evaluation;
  private final DatedTable<String, Parameter> parameters;

  private SalaryReference(
      DatedTable<ScaleKey, Scale> scales,
      DatedTable<ScaleKey, Interval> intervals,
      DatedTable<ScaleKey, Seniority> seniority,
      DatedTable<DisciplineKey, Extension> discipline,
      DatedTable<EvaluationRating, Extension> evaluation,
      DatedTable<String, Parameter> parameters) {
    this.scales = scales;
    this.intervals = intervals;
    this.seniority = seniority;
    this.discipline = discipline;
    this.evaluation = evaluation;
    this.parameters = parameters;
  }

  /**
   * Loads the tables packaged with this bundle.
   *
   * @throws IllegalArgumentException when a table is malformed, naming the file and line
   */
  static SalaryReference loadPackaged() {
    return from(
        load(SCALES),
        load(INTERVALS),
        load(SENIORITY),
        load(DISCIPLINE),
        load(EVALUATION),
        load(PARAMETERS));
  }

  static ReferenceTable load(String name) {
    return ReferenceTable.load(SalaryReference.class, name);
  }

  static SalaryReference from(
      ReferenceTable scaleTable,
      ReferenceTable intervalTable,
      ReferenceTable seniorityTable,
      ReferenceTable disciplineTable,
      ReferenceTable evaluationTable,
      ReferenceTable parameterTable) {
    DatedTable.Builder<ScaleKey, Scale> scales = DatedTable.builder();
    for (ReferenceTable.Row row : scaleTable.rows()) {
      List<BigDecimal> coefficients =
          row.words("coefficients").stream().map(BigDecimal::new).toList();
      if (coefficients.isEmpty()) {
        throw row.invalid("coefficients", "", "must list at least one coefficient");
      }
      scales.put(
          new ScaleKey(row.requiredText("salaryTable"), row.requiredText("salaryType")),
          row.date("effectiveFrom"),
          new Scale(coefficients, row.requiredText("legalBasis")));
    }

    DatedTable.Builder<ScaleKey, Interval> intervals = DatedTable.builder();
    for (ReferenceTable.Row row : intervalTable.rows()) {
      Interval interval = new Interval(row.integer("months"), row.requiredText("legalBasis"));
      for (String type : row.words("salaryTypes")) {
        intervals.put(
            new ScaleKey(row.requiredText("salaryTable"), type),
            row.date("effectiveFrom"),
            interval);
      }
    }

    DatedTable.Builder<ScaleKey, Seniority> seniority = DatedTable.builder();
    for (ReferenceTable.Row row : seniorityTable.rows()) {
      Seniority value =
          new Seniority(
              row.integer("firstAfterMonths"),
              row.integer("firstPercent"),
              row.integer("furtherAfterMonths"),
              row.integer("furtherPercent"),
              row.requiredText("legalBasis"));
      for (String type : row.words("salaryTypes")) {
        seniority.put(
            new ScaleKey(row.requiredText("salaryTable"), type), row.date("effectiveFrom"), value);
      }
    }

    DatedTable.Builder<DisciplineKey, Extension> discipline = DatedTable.builder();
    for (ReferenceTable.Row row : disciplineTable.rows()) {
      DisciplineForm form = parse(DisciplineForm.class, row, "form", row.requiredText("form"));
      Extension extension = new Extension(row.integer("months"), row.requiredText("legalBasis"));
      for (String category : row.words("categories")) {
        discipline.put(
            new DisciplineKey(form, parse(PersonCategory.class, row, "categories", category)),
            row.date("effectiveFrom"),
            extension);
      }
    }

    DatedTable.Builder<EvaluationRating, Extension> evaluation = DatedTable.builder();
    for (ReferenceTable.Row row : evaluationTable.rows()) {
      evaluation.put(
          parse(EvaluationRating.class, row, "rating", row.requiredText("rating")),
          row.date("effectiveFrom"),
          new Extension(row.integer("months"), row.requiredText("legalBasis")));
    }

    DatedTable.Builder<String, Parameter> parameterBuilder = DatedTable.builder();
    for (ReferenceTable.Row row : parameterTable.rows()) {
      parameterBuilder.put(
          row.requiredText("parameter"),
          row.date("effectiveFrom"),
          new Parameter(row.requiredText("value"), row.requiredText("legalBasis")));
    }
    DatedTable<String, Parameter> parameters = parameterBuilder.build();
    for (String name : REQUIRED_PARAMETERS) {
      if (!parameters.keys().contains(name)) {
        throw new IllegalArgumentException(
            parameterTable.name() + ": missing parameter '" + name + "'");
      }
    }

    return new SalaryReference(
        scales.build(),
        intervals.build(),
        seniority.build(),
        discipline.build(),
        evaluation.build(),
        parameters);
  }

  Optional<Scale> scale(String table, String type, LocalDate date) {
    return scales.atOrFirst(new ScaleKey(table, type), date);
  }

  Optional<Interval> interval(String table, String type, LocalDate date) {
    return intervals.atOrFirst(new ScaleKey(table, type), date);
  }

  /**
   * Returns the regular step interval of a salary row's type.
   *
   * @throws IllegalArgumentException when the table has no interval for the type
   */
  Interval requireInterval(SalaryEntry entry) {
    return interval(entry.salaryTable(), entry.salaryType(), entry.countedFrom())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    String.format(
                        "Salary row %d: no step interval for table '%s', type '%s' in %s",
                        entry.id(), entry.salaryTable(), entry.salaryType(), INTERVALS)));
  }

  /** Returns the seniority allowance of a type, empty for types that have none (table 1). */
  Optional<Seniority> seniority(String table, String type, LocalDate date) {
    return seniority.atOrFirst(new ScaleKey(table, type), date);
  }

  /** Returns the extension for a discipline, empty for forms the table does not list. */
  Optional<Extension> discipline(DisciplineForm form, PersonCategory category, LocalDate date) {
    return discipline.atOrFirst(new DisciplineKey(form, category), date);
  }

  /** Returns the extension for a year's rating, empty for ratings that add nothing. */
  Optional<Extension> evaluation(EvaluationRating rating, LocalDate date) {
    return evaluation.atOrFirst(rating, date);
  }

  Parameter parameter(String name, LocalDate date) {
    return parameters.atOrFirst(name, date).orElseThrow();
  }

  int intParameter(String name, LocalDate date) {
    Parameter parameter = parameter(name, date);
    try {
      return Integer.parseInt(parameter.value());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          PARAMETERS
              + ": parameter '"
              + name
              + "' must be a whole number, found '"
              + parameter.value()
              + "'",
          e);
    }
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, ReferenceTable.Row row, String column, String value) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw row.invalid(column, value, "must name a " + type.getSimpleName() + " constant");
    }
  }

  record ScaleKey(String table, String type) {}

  record DisciplineKey(DisciplineForm form, PersonCategory category) {}

  /**
   * The coefficients of one salary type.
   *
   * @param coefficients the coefficient of each step, step 1 first
   * @param legalBasis the provision that sets them
   */
  record Scale(List<BigDecimal> coefficients, String legalBasis) {

    int lastStep() {
      return coefficients.size();
    }

    /** Returns the coefficient of a step counted from 1. */
    BigDecimal coefficient(int step) {
      return coefficients.get(step - 1);
    }
  }

  /**
   * The months on a step before the regular step increase.
   *
   * @param months the interval
   * @param legalBasis the provision that sets it
   */
  record Interval(int months, String legalBasis) {}

  /**
   * The seniority allowance beyond the last step.
   *
   * @param firstAfterMonths months on the last step before the first allowance
   * @param firstPercent the first allowance in percent of the last step's coefficient
   * @param furtherAfterMonths months before each further rise
   * @param furtherPercent percentage points of each further rise
   * @param legalBasis the provision that sets it
   */
  record Seniority(
      int firstAfterMonths,
      int firstPercent,
      int furtherAfterMonths,
      int furtherPercent,
      String legalBasis) {}

  /**
   * Months added to the time on a step.
   *
   * @param months the months added
   * @param legalBasis the provision that sets them
   */
  record Extension(int months, String legalBasis) {}

  /**
   * A single figure.
   *
   * @param value the value as written in the table
   * @param legalBasis the provision that sets it
   */
  record Parameter(String value, String legalBasis) {}
}
