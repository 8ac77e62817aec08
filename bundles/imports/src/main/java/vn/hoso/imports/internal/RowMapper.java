package vn.hoso.imports.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoso.api.imports.CandidateRow;
import vn.hoso.api.imports.ImportColumn;
import vn.hoso.api.imports.ImportField;
import vn.hoso.api.imports.ImportProblem;
import vn.hoso.api.imports.ImportTable;
import vn.hoso.api.imports.ImportValue;
import vn.hoso.api.personnel.FieldProblem;
import vn.hoso.api.personnel.PersonCandidate;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;

/**
 * Turns the adapter's rows into candidates for the bulk write, and the bulk write's problems back
 * into problems of the file's cells.
 */
final class RowMapper {

  /** A row the unit of which is not one of the caller's units. */
  static final String UNIT_NOT_FOUND = "import.unit-not-found";

  /** A row with no unit column value, no section row above it and no default unit. */
  static final String UNIT_MISSING = "import.unit-missing";

  /** The import field each validated field is read from, for the column of its problem. */
  private static final Map<String, ImportField> SOURCES =
      Map.ofEntries(
          Map.entry("fullName", ImportField.FULL_NAME),
          Map.entry("familyName", ImportField.FAMILY_NAME),
          Map.entry("middleName", ImportField.MIDDLE_NAME),
          Map.entry("givenName", ImportField.GIVEN_NAME),
          Map.entry("birthDate", ImportField.BIRTH_DATE),
          Map.entry("sex", ImportField.SEX),
          Map.entry("identityNumber", ImportField.IDENTITY_NUMBER),
          Map.entry("civilServantNumber", ImportField.CIVIL_SERVANT_NUMBER),
          Map.entry("unitId", ImportField.UNIT_NAME),
          Map.entry("category", ImportField.CATEGORY),
          Map.entry("homeTown", ImportField.HOME_TOWN),
          Map.entry("currentPosition", ImportField.POSITION),
          Map.entry("salary.rankCode", ImportField.RANK_CODE),
          Map.entry("salary.salaryType", ImportField.RANK_CODE),
          Map.entry("salary.step", ImportField.SALARY_STEP),
          Map.entry("salary.coefficient", ImportField.SALARY_COEFFICIENT),
          Map.entry("salary.effectiveDate", ImportField.SALARY_EFFECTIVE_DATE));

  /**
   * A row ready for the bulk write. A job keeps every row of its file until the commit, so a row
   * keeps only what the report needs of the adapter's row: its number and the columns that differ
   * from the header's.
   *
   * @param row the row number in the file
   * @param movedColumns the fields read from another column than the header's, such as a birth date
   *     under "Nữ", with their columns
   * @param candidate the person and salary row it gives
   * @param problems the adapter's problems and the engine's own, such as an unknown unit
   */
  record MappedRow(
      long row,
      Map<ImportField, String> movedColumns,
      PersonCandidate candidate,
      List<ImportProblem> problems) {

    boolean hasErrors() {
      return problems.stream().anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR);
    }
  }

  private final ImportTable table;
  private final UnitIndex units;
  private final Long defaultUnitId;
  private final Map<ImportField, String> headerColumns = new EnumMap<>(ImportField.class);

  RowMapper(ImportTable table, UnitIndex units, Long defaultUnitId) {
    this.table = table;
    this.units = units;
    this.defaultUnitId = defaultUnitId;
    for (ImportColumn column : table.columns()) {
      if (column.field() != null) {
        headerColumns.putIfAbsent(column.field(), column.column());
      }
    }
  }

  MappedRow map(CandidateRow row) {
    List<ImportProblem> problems = new ArrayList<>(row.problems());
    Long unitId = unitId(row, problems);
    PersonData person =
        PersonData.builder()
            .fullName(text(row, ImportField.FULL_NAME))
            .familyName(text(row, ImportField.FAMILY_NAME))
            .middleName(text(row, ImportField.MIDDLE_NAME))
            .givenName(text(row, ImportField.GIVEN_NAME))
            .birthDate(row.get(ImportField.BIRTH_DATE, PartialDate.class).orElse(null))
            .sex(row.get(ImportField.SEX, Sex.class).orElse(null))
            .identityNumber(text(row, ImportField.IDENTITY_NUMBER))
            .civilServantNumber(text(row, ImportField.CIVIL_SERVANT_NUMBER))
            .category(row.get(ImportField.CATEGORY, PersonCategory.class).orElse(null))
            .homeTown(text(row, ImportField.HOME_TOWN))
            .currentPosition(text(row, ImportField.POSITION))
            .unitId(unitId)
            .build();
    return new MappedRow(
        row.row(),
        movedColumns(row),
        new PersonCandidate(row.row(), person, salary(row)),
        problems.isEmpty() ? List.of() : List.copyOf(problems));
  }

  /**
   * Returns the cell problems of the bulk write's field problems, each at the column its field was
   * read from, or at no column when the file has none for it.
   */
  List<ImportProblem> cellProblems(MappedRow row, List<FieldProblem> fieldProblems) {
    List<ImportProblem> problems = new ArrayList<>();
    for (FieldProblem problem : fieldProblems) {
      ImportField field = problem.field() == null ? null : SOURCES.get(problem.field());
      String column = column(row, field);
      problems.add(
          new ImportProblem(
              row.row(),
              column,
              header(column),
              field,
              ImportProblem.Severity.ERROR,
              problem.code(),
              problem.message()));
    }
    return problems;
  }

  private Long unitId(CandidateRow row, List<ImportProblem> problems) {
    Optional<String> name = row.text(ImportField.UNIT_NAME);
    if (name.isEmpty()) {
      if (defaultUnitId == null) {
        problems.add(
            new ImportProblem(
                row.row(),
                "",
                "",
                ImportField.UNIT_NAME,
                ImportProblem.Severity.ERROR,
                UNIT_MISSING,
                "Dòng này không ghi đơn vị và không nằm dưới dòng tên đơn vị nào; hãy thêm cột"
                    + " đơn vị vào tệp hoặc chọn đơn vị mặc định khi tải tệp lên."));
      }
      return defaultUnitId;
    }
    Optional<Long> found = units.find(name.get());
    if (found.isEmpty()) {
      ImportValue value = row.values().get(ImportField.UNIT_NAME);
      String reason =
          units.isAmbiguous(name.get())
              ? "có nhiều đơn vị cùng tên này; hãy ghi mã đơn vị thay cho tên."
              : "không có đơn vị nào có tên hoặc mã này trong các đơn vị bạn được quản lý; hãy"
                  + " sửa lại tên hoặc tạo đơn vị trước khi nhập.";
      problems.add(
          new ImportProblem(
              value.row(),
              value.column(),
              header(value.column()),
              ImportField.UNIT_NAME,
              ImportProblem.Severity.ERROR,
              UNIT_NOT_FOUND,
              "Đơn vị “" + name.get() + "”: " + reason));
    }
    return found.orElse(null);
  }

  private static SalaryRow salary(CandidateRow row) {
    String rankCode = text(row, ImportField.RANK_CODE);
    Integer step = row.get(ImportField.SALARY_STEP, Integer.class).orElse(null);
    BigDecimal coefficient = row.get(ImportField.SALARY_COEFFICIENT, BigDecimal.class).orElse(null);
    PartialDate effective =
        row.get(ImportField.SALARY_EFFECTIVE_DATE, PartialDate.class).orElse(null);
    if (rankCode == null && step == null && coefficient == null && effective == null) {
      return null;
    }
    return new SalaryRow(
        null,
        null,
        null,
        null,
        rankCode,
        step,
        coefficient,
        effective == null ? null : effective.value(),
        null,
        null,
        null,
        null);
  }

  private static String text(CandidateRow row, ImportField field) {
    return row.text(field).orElse(null);
  }

  private String column(MappedRow row, ImportField field) {
    if (field == null) {
      return "";
    }
    String moved = row.movedColumns().get(field);
    return moved != null ? moved : headerColumns.getOrDefault(field, "");
  }

  private Map<ImportField, String> movedColumns(CandidateRow row) {
    Map<ImportField, String> moved = null;
    for (Map.Entry<ImportField, ImportValue> value : row.values().entrySet()) {
      String column = value.getValue().column();
      if (column != null && !column.equals(headerColumns.get(value.getKey()))) {
        if (moved == null) {
          moved = new EnumMap<>(ImportField.class);
        }
        moved.put(value.getKey(), column);
      }
    }
    return moved == null ? Map.of() : moved;
  }

  private String header(String column) {
    return table.columns().stream()
        .filter(candidate -> candidate.column().equals(column))
        .map(ImportColumn::header)
        .findFirst()
        .orElse("");
  }
}
