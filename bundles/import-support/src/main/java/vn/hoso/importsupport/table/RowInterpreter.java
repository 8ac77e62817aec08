package vn.hoso.importsupport.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoso.api.imports.CandidateRow;
import vn.hoso.api.imports.ImportField;
import vn.hoso.api.imports.ImportProblem;
import vn.hoso.api.imports.ImportValue;
import vn.hoso.api.record.Sex;
import vn.hoso.importsupport.text.DateValues;
import vn.hoso.importsupport.text.EncodingDetector;
import vn.hoso.importsupport.text.Folding;
import vn.hoso.importsupport.text.IdentityNumbers;
import vn.hoso.importsupport.text.LegacyEncoding;
import vn.hoso.importsupport.text.Parsed;
import vn.hoso.importsupport.text.ProblemCodes;
import vn.hoso.importsupport.text.TextCleaner;

/**
 * Sorts the rows under the header into people, section rows, subtotals and the signature block, and
 * reads each person's cells. Keeps the unit named by the last section row.
 */
final class RowInterpreter {

  /**
   * A numbered section: "I. Văn phòng", "II) Phòng Tổ chức cán bộ", "A. Khối cơ quan", "1. Tổ Hành
   * chính".
   */
  private static final Pattern NUMBERED_SECTION =
      Pattern.compile("(?:[IVXLC]{1,7}|[A-Z]|\\d{1,2})\\s*[.):\\-]\\s*(\\S.*)");

  /** A sequence number written as text: "1", "1.", "(1)". */
  private static final Pattern SEQUENCE_NUMBER = Pattern.compile("\\(?\\d{1,6}[.)]?");

  /** A section number alone in the sequence column, with the unit name in the next cell. */
  private static final Pattern SECTION_NUMBER = Pattern.compile("[IVXLC]{1,7}|[A-Z]");

  /** The signature block under a table, matched on folded words. */
  private static final Pattern SIGNATURE =
      Pattern.compile(
          "nguoi lap( bieu| danh sach)?|thu truong( don vi| co quan)?|xac nhan( cua .*)?"
              + "|ky (ten|va ghi ro ho ten|ghi ro ho ten|dong dau).*"
              + "|.*\\bngay( \\d{1,2})? thang( \\d{1,2})? nam( \\d{1,4})?");

  /** Subtotal and total rows, matched on folded words. */
  private static final Pattern TOTAL =
      Pattern.compile("(tong cong|tong so|cong)( \\d.*| nguoi.*)?");

  private final TableLayout layout;
  private final SourceInfo source;
  private final LegacyEncoding encoding;
  private final CellReader cells;

  private ImportValue sectionUnit;
  private boolean ended;

  RowInterpreter(TableLayout layout, SourceInfo source, LegacyEncoding encoding) {
    this.layout = layout;
    this.source = source;
    this.encoding = encoding;
    this.cells = new CellReader(source);
  }

  /** Whether the signature block was reached, after which nothing more is read. */
  boolean ended() {
    return ended;
  }

  /** Reads a row under the header: a person, or empty for every other kind of row. */
  Optional<CandidateRow> interpret(SheetRow row) {
    List<SheetCell> content = new ArrayList<>();
    for (SheetCell cell : row.cells()) {
      if (!cell.isBlank() && !isSequenceNumber(cell)) {
        content.add(cell);
      }
    }
    if (content.isEmpty()) {
      return Optional.empty();
    }
    if (!hasPersonData(row)) {
      if (matchesAnyText(row, SIGNATURE)) {
        ended = true;
        return Optional.empty();
      }
      if (matchesAnyText(row, TOTAL)) {
        return Optional.empty();
      }
      if (readSection(row, content)) {
        return Optional.empty();
      }
    }
    return Optional.of(readPerson(row));
  }

  /** Whether a cell is a plain number in the sequence column, which alone does not make a row. */
  private boolean isSequenceNumber(SheetCell cell) {
    if (layout.role(cell.column()) != HeaderRole.SEQUENCE) {
      return false;
    }
    return cell.kind() == CellKind.NUMBER || SEQUENCE_NUMBER.matcher(cell.text().strip()).matches();
  }

  /**
   * Whether the row has a readable birth date or identity number, which no title, total or
   * signature row has.
   */
  private boolean hasPersonData(SheetRow row) {
    for (SheetCell cell : row.cells()) {
      HeaderRole role = layout.role(cell.column());
      if (role == null || cell.isBlank()) {
        continue;
      }
      boolean date = role.field() == ImportField.BIRTH_DATE;
      boolean identity = role == HeaderRole.IDENTITY_NUMBER;
      if ((date || identity) && cell.kind() != CellKind.TEXT) {
        return true;
      }
      String text = cell.text();
      if (date && DateValues.fromText(text).value() != null) {
        return true;
      }
      if (identity && IdentityNumbers.fromText(text, source.textOnly()).value() != null) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesAnyText(SheetRow row, Pattern pattern) {
    for (SheetCell cell : row.cells()) {
      if (cell.kind() == CellKind.TEXT && !cell.isBlank()) {
        if (pattern.matcher(Folding.foldWords(decoded(cell.text()))).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Recognises a section row and remembers its unit. A section row has one text: numbered in any
   * column ("II. Phòng Tổ chức cán bộ"), unnumbered outside the name columns (a title merged across
   * the row from column A), or split into a Roman numeral in the sequence column and the name in
   * another cell.
   */
  private boolean readSection(SheetRow row, List<SheetCell> content) {
    SheetCell number = sequenceCell(row);
    List<SheetCell> texts = new ArrayList<>(content);
    texts.remove(number);
    if (texts.size() != 1 || texts.get(0).kind() != CellKind.TEXT) {
      if (content.size() == 1 && number != null && number.kind() == CellKind.TEXT) {
        texts = content;
        number = null;
      } else {
        return false;
      }
    }
    SheetCell cell = texts.get(0);
    String text = TextCleaner.clean(decoded(cell.text()));
    String unit = null;
    if (number != null) {
      String label = TextCleaner.clean(decoded(number.text()));
      if (number.kind() == CellKind.TEXT && SECTION_NUMBER.matcher(label).matches()) {
        unit = text;
      }
    } else {
      Matcher numbered = NUMBERED_SECTION.matcher(text);
      HeaderRole role = layout.role(cell.column());
      if (numbered.matches()) {
        unit = numbered.group(1);
      } else if (role == null || role == HeaderRole.SEQUENCE || cell.column() < layout.nameColumn) {
        unit = text;
      }
    }
    if (unit == null) {
      return false;
    }
    sectionUnit = new ImportValue(unit, row.row(), Columns.letter(cell.column()), cell.text());
    return true;
  }

  private SheetCell sequenceCell(SheetRow row) {
    for (SheetCell cell : row.cells()) {
      if (!cell.isBlank() && layout.role(cell.column()) == HeaderRole.SEQUENCE) {
        return cell;
      }
    }
    return null;
  }

  private CandidateRow readPerson(SheetRow row) {
    Map<ImportField, ImportValue> values = new EnumMap<>(ImportField.class);
    List<ImportProblem> problems = new ArrayList<>();
    SexEvidence sex = new SexEvidence();
    for (SheetCell cell : row.cells()) {
      HeaderRole role = layout.role(cell.column());
      if (role == null || role == HeaderRole.SEQUENCE || cell.isBlank()) {
        continue;
      }
      Column column = new Column(row.row(), cell.column(), layout.label(cell.column()), role);
      String text = cell.kind() == CellKind.TEXT ? textOf(cell, column, problems) : cell.text();
      if (cell.kind() == CellKind.ERROR) {
        problems.add(
            column.problem(
                Parsed.error(
                    ProblemCodes.CELL_ERROR,
                    "Ô chứa lỗi công thức "
                        + cell.text()
                        + "; hãy sửa công thức hoặc nhập giá trị.")));
        continue;
      }
      cells.read(cell, text, column, values, problems, sex);
    }
    sex.resolve(row.row(), values, problems);
    completeName(row.row(), values, problems);
    if (!values.containsKey(ImportField.UNIT_NAME) && sectionUnit != null) {
      values.put(ImportField.UNIT_NAME, sectionUnit);
    }
    problems.sort(
        java.util.Comparator.comparing((ImportProblem p) -> p.column().length())
            .thenComparing(ImportProblem::column));
    return new CandidateRow(row.row(), values, problems);
  }

  /** Composes the full name from its parts when the file has no full name column. */
  private void completeName(
      long row, Map<ImportField, ImportValue> values, List<ImportProblem> problems) {
    if (values.containsKey(ImportField.FULL_NAME)) {
      return;
    }
    StringBuilder name = new StringBuilder();
    ImportValue last = null;
    for (ImportField part :
        List.of(ImportField.FAMILY_NAME, ImportField.MIDDLE_NAME, ImportField.GIVEN_NAME)) {
      ImportValue value = values.get(part);
      if (value != null && !((String) value.value()).isEmpty()) {
        name.append(name.length() == 0 ? "" : " ").append(value.value());
        last = value;
      }
    }
    if (last != null) {
      values.put(
          ImportField.FULL_NAME,
          new ImportValue(name.toString(), row, last.column(), name.toString()));
      return;
    }
    boolean nameProblem =
        problems.stream()
            .anyMatch(
                p -> p.field() == ImportField.FULL_NAME || p.field() == ImportField.GIVEN_NAME);
    if (!nameProblem) {
      int column = Math.max(layout.nameColumn, 0);
      problems.add(
          new ImportProblem(
              row,
              Columns.letter(column),
              layout.label(column),
              ImportField.FULL_NAME,
              ImportProblem.Severity.ERROR,
              ProblemCodes.NAME_MISSING,
              "Dòng " + row + " có dữ liệu nhưng thiếu họ và tên; hãy điền họ tên hoặc xoá dòng."));
    }
  }

  /**
   * Returns a text cell's content in Unicode, cleaned. In a Unicode file, a cell that reads
   * certainly as TCVN3 or VNI text is converted with a warning.
   */
  private String textOf(SheetCell cell, Column column, List<ImportProblem> problems) {
    String raw = cell.text();
    if (encoding != null || source.textOnly() || !isLatin1High(raw)) {
      return TextCleaner.clean(decoded(raw));
    }
    EncodingDetector detector = new EncodingDetector();
    detector.add(raw);
    EncodingDetector.Verdict verdict = detector.verdict();
    if (verdict.certain() && verdict.encoding().isPresent()) {
      LegacyEncoding legacy = verdict.encoding().get();
      String converted = TextCleaner.clean(legacy.decode(raw));
      problems.add(
          column.problem(
              Parsed.warning(
                  converted,
                  ProblemCodes.TEXT_LEGACY_CONVERTED,
                  "Ô \""
                      + raw
                      + "\" được gõ bằng bảng mã "
                      + legacy.displayName()
                      + "; đã chuyển sang Unicode thành \""
                      + converted
                      + "\".")));
      return converted;
    }
    return TextCleaner.clean(raw);
  }

  private String decoded(String raw) {
    return encoding != null && isLatin1High(raw) ? encoding.decode(raw) : raw;
  }

  /**
   * Whether the text has characters from U+0080 to U+00FF and none above: it may be legacy text.
   */
  static boolean isLatin1High(String text) {
    boolean high = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0xFF) {
        return false;
      }
      high |= c >= 0x80;
    }
    return high;
  }

  /** The position and header of a cell, for its values and problems. */
  record Column(long row, int index, String header, HeaderRole role) {

    String letter() {
      return Columns.letter(index);
    }

    ImportValue value(Object value, String text) {
      return new ImportValue(value, row, letter(), text);
    }

    ImportProblem problem(Parsed<?> parsed) {
      return problem(parsed, role.field());
    }

    ImportProblem problem(Parsed<?> parsed, ImportField field) {
      return new ImportProblem(
          row, letter(), header, field, parsed.severity(), parsed.code(), parsed.message());
    }
  }

  /** The sex as the row gives it: from the sex column, and from a Nam or Nữ column. */
  static final class SexEvidence {
    private Sex fromColumn;
    private Column sexColumn;
    private String sexText;
    private Sex fromLayout;
    private Column layoutColumn;
    private String layoutText;

    void fromSexColumn(Sex sex, Column column, String text) {
      fromColumn = sex;
      sexColumn = column;
      sexText = text;
    }

    /** Records the sex that a Nam or Nữ column gives; returns false if another one already did. */
    boolean fromNamNuColumn(Sex sex, Column column, String text, List<ImportProblem> problems) {
      if (fromLayout != null) {
        problems.add(
            column.problem(
                Parsed.error(
                    ProblemCodes.SEX_CONFLICT,
                    "Dòng có dữ liệu ở cả cột \""
                        + layoutColumn.header()
                        + "\" và cột \""
                        + column.header()
                        + "\"; hãy chỉ điền một cột."),
                ImportField.SEX));
        return false;
      }
      fromLayout = sex;
      layoutColumn = column;
      layoutText = text;
      return true;
    }

    void resolve(long row, Map<ImportField, ImportValue> values, List<ImportProblem> problems) {
      if (fromColumn != null && fromLayout != null && fromColumn != fromLayout) {
        problems.add(
            sexColumn.problem(
                Parsed.error(
                    ProblemCodes.SEX_CONFLICT,
                    "Giới tính \""
                        + sexText
                        + "\" khác với cột \""
                        + layoutColumn.header()
                        + "\"; hãy kiểm tra lại."),
                ImportField.SEX));
        return;
      }
      if (fromColumn != null) {
        values.put(ImportField.SEX, sexColumn.value(fromColumn, sexText));
      } else if (fromLayout != null) {
        values.put(ImportField.SEX, layoutColumn.value(fromLayout, layoutText));
      }
    }
  }
}
