package vn.hoso.importsupport.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.hoso.api.imports.ImportField;
import vn.hoso.api.imports.ImportProblem;
import vn.hoso.api.imports.ImportValue;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.Sex;
import vn.hoso.importsupport.table.RowInterpreter.Column;
import vn.hoso.importsupport.table.RowInterpreter.SexEvidence;
import vn.hoso.importsupport.text.CodeValues;
import vn.hoso.importsupport.text.DateValues;
import vn.hoso.importsupport.text.IdentityNumbers;
import vn.hoso.importsupport.text.NameCase;
import vn.hoso.importsupport.text.NumberValues;
import vn.hoso.importsupport.text.Parsed;

/** Reads one cell into the value of its column's field, by the value rules of each field. */
final class CellReader {

  /**
   * A rank code that lost its leading zero as a number: "1.003", "1,003", "13.28", but not
   * "01.003".
   */
  private static final Pattern NUMERIC_RANK_CODE =
      Pattern.compile("(?!\\d{2}\\.\\d{3}$)\\d{1,2}[.,]\\d{1,3}");

  private final SourceInfo source;

  CellReader(SourceInfo source) {
    this.source = source;
  }

  /**
   * Reads a non-blank cell and adds its value or problem.
   *
   * @param text the cell's text in Unicode and cleaned, for text cells; as written otherwise
   */
  void read(
      SheetCell cell,
      String text,
      Column column,
      Map<ImportField, ImportValue> values,
      List<ImportProblem> problems,
      SexEvidence sex) {
    if (text.isEmpty()) {
      return;
    }
    switch (column.role()) {
      case FULL_NAME, FAMILY_NAME, MIDDLE_NAME, GIVEN_NAME ->
          put(column, cell, Parsed.of(NameCase.proper(text)), values, problems);
      case FAMILY_AND_MIDDLE_NAME -> {
        String name = NameCase.proper(text);
        int space = name.indexOf(' ');
        String family = space < 0 ? name : name.substring(0, space);
        String middle = space < 0 ? "" : name.substring(space + 1);
        values.put(ImportField.FAMILY_NAME, column.value(family, cell.text()));
        values.put(ImportField.MIDDLE_NAME, column.value(middle, cell.text()));
      }
      case BIRTH_DATE, SALARY_EFFECTIVE_DATE ->
          put(column, cell, date(cell, text), values, problems);
      case BIRTH_DATE_MALE, BIRTH_DATE_FEMALE -> {
        Sex columnSex = column.role() == HeaderRole.BIRTH_DATE_MALE ? Sex.MALE : Sex.FEMALE;
        if (sex.fromNamNuColumn(columnSex, column, cell.text(), problems)) {
          put(column, cell, date(cell, text), values, problems);
        }
      }
      case MALE_MARK, FEMALE_MARK -> readMark(cell, text, column, values, problems, sex);
      case SEX -> {
        Parsed<Sex> parsed = CodeValues.sex(text);
        if (parsed.value() != null) {
          sex.fromSexColumn(parsed.value(), column, cell.text());
        } else {
          problems.add(column.problem(parsed));
        }
      }
      case IDENTITY_NUMBER -> put(column, cell, identity(cell, text), values, problems);
      case CIVIL_SERVANT_NUMBER -> put(column, cell, Parsed.of(code(cell, text)), values, problems);
      case CATEGORY -> put(column, cell, CodeValues.category(text), values, problems);
      case RANK_CODE -> put(column, cell, rankCode(cell, text), values, problems);
      case SALARY_STEP ->
          put(
              column,
              cell,
              cell.kind() == CellKind.NUMBER
                  ? NumberValues.stepFromNumber(cell.number())
                  : NumberValues.stepFromText(text),
              values,
              problems);
      case SALARY_COEFFICIENT, POSITION_ALLOWANCE ->
          put(column, cell, coefficient(cell, text), values, problems);
      case UNIT_NAME, RANK_NAME, POSITION, ETHNICITY, HOME_TOWN, NOTE ->
          put(column, cell, Parsed.of(plainText(cell, text)), values, problems);
      case SEQUENCE -> {
        // The sequence number is not imported.
      }
    }
  }

  /**
   * Reads a tick column ("Nữ" with an x), which gives the sex. A date in it gives the birth date as
   * well, because old forms write the birth year under "Nam" or "Nữ".
   */
  private void readMark(
      SheetCell cell,
      String text,
      Column column,
      Map<ImportField, ImportValue> values,
      List<ImportProblem> problems,
      SexEvidence sex) {
    Sex columnSex = column.role() == HeaderRole.MALE_MARK ? Sex.MALE : Sex.FEMALE;
    if (cell.kind() == CellKind.TEXT
        && (CodeValues.isMark(text) || CodeValues.sex(text).value() == columnSex)) {
      sex.fromNamNuColumn(columnSex, column, cell.text(), problems);
      return;
    }
    Parsed<PartialDate> date = date(cell, text);
    if (date.value() == null) {
      problems.add(column.problem(date, ImportField.BIRTH_DATE));
      return;
    }
    if (sex.fromNamNuColumn(columnSex, column, cell.text(), problems)) {
      values.putIfAbsent(ImportField.BIRTH_DATE, column.value(date.value(), cell.text()));
    }
  }

  private Parsed<PartialDate> date(SheetCell cell, String text) {
    return switch (cell.kind()) {
      case DATE -> DateValues.fromSerial(cell.number(), source.date1904(), cell.datePrecision());
      case NUMBER -> DateValues.fromNumber(cell.number(), source.date1904());
      default -> DateValues.fromText(text);
    };
  }

  /**
   * Reads a rank code. In a text-only file a code such as "1.003" or "1,003" was a number in the
   * spreadsheet that exported it, so it is restored like a numeric cell.
   */
  private Parsed<String> rankCode(SheetCell cell, String text) {
    if (cell.kind() == CellKind.NUMBER) {
      return CodeValues.rankCodeFromNumber(cell.number());
    }
    if (source.textOnly() && NUMERIC_RANK_CODE.matcher(text).matches()) {
      return CodeValues.rankCodeFromNumber(new BigDecimal(text.replace(',', '.')));
    }
    return Parsed.of(CodeValues.rankCodeFromText(code(cell, text)));
  }

  private Parsed<String> identity(SheetCell cell, String text) {
    return switch (cell.kind()) {
      case NUMBER, DATE -> IdentityNumbers.fromNumber(cell.number());
      default -> IdentityNumbers.fromText(text, source.textOnly());
    };
  }

  private static Parsed<BigDecimal> coefficient(SheetCell cell, String text) {
    if (cell.kind() == CellKind.NUMBER) {
      return Parsed.of(NumberValues.coefficient(cell.number()));
    }
    return NumberValues.decimalFromText(text).map(NumberValues::coefficient);
  }

  /**
   * A code kept as text: a number is written without decimals noise, a leading apostrophe dropped.
   */
  private static String code(SheetCell cell, String text) {
    if (cell.kind() == CellKind.NUMBER) {
      return NumberValues.fromCell(cell.number()).toPlainString();
    }
    return text.startsWith("'") ? text.substring(1).strip() : text;
  }

  private static String plainText(SheetCell cell, String text) {
    return cell.kind() == CellKind.NUMBER
        ? NumberValues.fromCell(cell.number()).toPlainString()
        : text;
  }

  private static void put(
      Column column,
      SheetCell cell,
      Parsed<?> parsed,
      Map<ImportField, ImportValue> values,
      List<ImportProblem> problems) {
    if (parsed.hasProblem()) {
      problems.add(column.problem(parsed));
    }
    if (parsed.value() != null) {
      values.putIfAbsent(column.role().field(), column.value(parsed.value(), cell.text()));
    }
  }
}
