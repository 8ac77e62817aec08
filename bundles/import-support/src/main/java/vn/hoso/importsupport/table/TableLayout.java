package vn.hoso.importsupport.table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.hoso.api.imports.ImportColumn;
import vn.hoso.importsupport.text.TextCleaner;

/**
 * The header of a table: which row it is on, whether a second header row and a column numbering row
 * follow it, and the role of each column.
 */
final class TableLayout {

  /** A column number under the header: "1", "(1)", "A", "(A)". */
  private static final Pattern NUMBERING = Pattern.compile("\\(?(\\d{1,3}|[A-Za-z])\\)?");

  /** Fewest recognised header cells that make a row the header. */
  static final int MIN_HEADER_CELLS = 2;

  final long headerRow;
  final int rowsUsed;
  final long firstDataRow;
  final HeaderRole[] roles;
  final String[] labels;
  final int nameColumn;

  private TableLayout(
      long headerRow, int rowsUsed, long firstDataRow, HeaderRole[] roles, String[] labels) {
    this.headerRow = headerRow;
    this.rowsUsed = rowsUsed;
    this.firstDataRow = firstDataRow;
    this.roles = roles;
    this.labels = labels;
    int name = -1;
    for (int i = 0; i < roles.length && name < 0; i++) {
      if (roles[i] != null && roles[i].isName()) {
        name = i;
      }
    }
    this.nameColumn = name;
  }

  /**
   * Finds the header among the first rows of a sheet: the row with the most recognised header
   * cells, at least {@value #MIN_HEADER_CELLS} and one of them a name. Returns empty when no row
   * qualifies.
   *
   * @param rows the first rows of the sheet, blank rows left out
   */
  static Optional<TableLayout> find(List<SheetRow> rows) {
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < rows.size(); i++) {
      SheetRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
      int score = headerScore(rows.get(i), next);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best < 0) {
      return Optional.empty();
    }
    SheetRow header = rows.get(best);
    SheetRow sub = best + 1 < rows.size() ? rows.get(best + 1) : null;
    if (sub != null && !isSubHeader(header, sub)) {
      sub = null;
    }
    int used = best + (sub == null ? 1 : 2);
    SheetRow numbering = used < rows.size() ? rows.get(used) : null;
    if (numbering != null && isNumberingRow(numbering)) {
      used++;
    } else {
      numbering = null;
    }
    SheetRow lastHeaderRow = header;
    if (numbering != null) {
      lastHeaderRow = numbering;
    } else if (sub != null) {
      lastHeaderRow = sub;
    }
    long firstData = lastHeaderRow.row() + 1;
    return Optional.of(build(header, sub, used, firstData));
  }

  private static TableLayout build(SheetRow header, SheetRow sub, int used, long firstData) {
    int width = lastColumn(header) + 1;
    if (sub != null) {
      width = Math.max(width, lastColumn(sub) + 1);
    }
    HeaderRole[] roles = new HeaderRole[width];
    String[] labels = new String[width];
    Set<HeaderRole> assignedRoles = EnumSet.noneOf(HeaderRole.class);
    String group = "";
    for (int column = 0; column < width; column++) {
      String upper = text(header.cell(column));
      String lower = sub == null ? "" : text(sub.cell(column));
      if (!upper.isEmpty()) {
        group = lower.isEmpty() ? "" : upper;
      } else if (!lower.isEmpty()) {
        upper = group;
      }
      Optional<HeaderRole> role;
      if (lower.isEmpty()) {
        role = HeaderDictionary.match(upper);
        labels[column] = upper;
      } else {
        role =
            upper.isEmpty()
                ? HeaderDictionary.match(lower)
                : HeaderDictionary.resolve(upper, lower);
        labels[column] = upper.isEmpty() ? lower : upper + " / " + lower;
      }
      if (role.isPresent() && assignedRoles.add(role.get())) {
        roles[column] = role.get();
      }
    }
    return new TableLayout(header.row(), used, firstData, roles, labels);
  }

  /**
   * Counts the recognised header cells of a row, and of the row under it when that is a second
   * header level; 0 when the row names no name column or too few columns.
   */
  private static int headerScore(SheetRow row, SheetRow next) {
    int recognised = 0;
    boolean name = false;
    for (SheetCell cell : row.cells()) {
      if (cell.kind() != CellKind.TEXT || cell.isBlank()) {
        continue;
      }
      Optional<HeaderRole> role = HeaderDictionary.match(cell.text());
      if (role.isPresent()) {
        recognised++;
        name |= role.get().isName();
      }
    }
    if (!name) {
      return 0;
    }
    if (next != null && isSubHeader(row, next)) {
      recognised += subHeaderRoles(row, next);
    }
    return recognised >= MIN_HEADER_CELLS ? recognised : 0;
  }

  /** Counts the cells of a second header row that name a column under their group. */
  private static int subHeaderRoles(SheetRow header, SheetRow sub) {
    int recognised = 0;
    String group = "";
    for (SheetCell cell : sub.cells()) {
      if (cell.isBlank()) {
        continue;
      }
      for (int left = cell.column(); left >= 0; left--) {
        SheetCell above = header.cell(left);
        if (above != null && !above.isBlank()) {
          group = above.text();
          break;
        }
      }
      if (HeaderDictionary.resolve(group, cell.text()).isPresent()) {
        recognised++;
      }
    }
    return recognised;
  }

  /**
   * Returns whether the row under the header is its second level. Such a row has only text and none
   * in the name column, which is merged down from the header. At least one of its cells continues a
   * group merged across from the left or names a column under the header above it.
   */
  private static boolean isSubHeader(SheetRow header, SheetRow row) {
    if (isNumberingRow(row)) {
      return false;
    }
    int nameColumn = -1;
    for (SheetCell cell : header.cells()) {
      if (cell.kind() == CellKind.TEXT
          && HeaderDictionary.match(cell.text()).filter(HeaderRole::isName).isPresent()) {
        nameColumn = cell.column();
      }
    }
    SheetCell nameCell = row.cell(nameColumn);
    if (nameCell != null && !nameCell.isBlank()) {
      return false;
    }
    boolean names = false;
    for (SheetCell cell : row.cells()) {
      if (cell.isBlank()) {
        continue;
      }
      if (cell.kind() != CellKind.TEXT) {
        return false;
      }
      SheetCell above = header.cell(cell.column());
      if (above == null || above.isBlank()) {
        names |= hasTextToTheLeft(header, cell.column());
      } else {
        names |= HeaderDictionary.resolve(above.text(), cell.text()).isPresent();
      }
    }
    return names;
  }

  /** Whether a header cell left of a column has text: the start of a group merged across it. */
  private static boolean hasTextToTheLeft(SheetRow header, int column) {
    for (int left = column - 1; left >= 0; left--) {
      SheetCell cell = header.cell(left);
      if (cell != null && !cell.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a row only numbers the columns: "(1) (2) (3)" or "1 2 3", at least three of them. */
  static boolean isNumberingRow(SheetRow row) {
    int labels = 0;
    for (SheetCell cell : row.cells()) {
      if (cell.isBlank()) {
        continue;
      }
      boolean label =
          switch (cell.kind()) {
            case TEXT -> NUMBERING.matcher(cell.text().strip()).matches();
            case NUMBER -> cell.number().stripTrailingZeros().scale() <= 0;
            default -> false;
          };
      if (!label) {
        return false;
      }
      labels++;
    }
    return labels >= 3;
  }

  private static int lastColumn(SheetRow row) {
    int last = -1;
    for (SheetCell cell : row.cells()) {
      if (!cell.isBlank()) {
        last = Math.max(last, cell.column());
      }
    }
    return last;
  }

  private static String text(SheetCell cell) {
    return cell == null || cell.kind() != CellKind.TEXT ? "" : TextCleaner.clean(cell.text());
  }

  HeaderRole role(int column) {
    return column < roles.length ? roles[column] : null;
  }

  String label(int column) {
    return column < labels.length && labels[column] != null ? labels[column] : "";
  }

  /** Converts the header labels read in a legacy encoding, once the file's encoding is known. */
  void decodeLabels(vn.hoso.importsupport.text.LegacyEncoding encoding) {
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] != null) {
        labels[i] = TextCleaner.clean(encoding.decode(labels[i]));
      }
    }
  }

  int width() {
    return roles.length;
  }

  List<ImportColumn> columns() {
    List<ImportColumn> columns = new ArrayList<>(roles.length);
    for (int i = 0; i < roles.length; i++) {
      columns.add(
          new ImportColumn(
              Columns.letter(i), label(i), roles[i] == null ? null : roles[i].field()));
    }
    return columns;
  }
}
