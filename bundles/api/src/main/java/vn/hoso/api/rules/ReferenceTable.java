package vn.hoso.api.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table of reference data read from a text resource, the form in which rule bundles ship their
 * legal figures.
 *
 * <p>The text is UTF-8. Blank lines and lines whose first non-blank character is {@code #} are
 * comments. The first other line names the columns and every later line is one row. Cells are
 * separated by {@code |} and trimmed, so a cell may contain commas and spaces but not {@code |}.
 * Dates are ISO-8601 ({@code 2021-08-15}) and decimals use a dot.
 */
public final class ReferenceTable {

  private final String name;
  private final List<String> columns;
  private final List<Row> rows;

  private ReferenceTable(String name, List<String> columns, List<Row> rows) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  /**
   * Parses a table.
   *
   * @param name the resource name, used in error messages
   * @throws IllegalArgumentException when the header is missing or repeats a column, or a row has a
   *     different number of cells than the header
   */
  public static ReferenceTable parse(String name, Reader text) throws IOException {
    BufferedReader reader = new BufferedReader(text);
    List<String> columns = null;
    List<Row> rows = new ArrayList<>();
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      List<String> cells = split(trimmed);
      if (columns == null) {
        columns = requireUniqueColumns(name, lineNumber, cells);
        continue;
      }
      if (cells.size() != columns.size()) {
        throw new IllegalArgumentException(
            String.format(
                "%s line %d: expected %d cells (%s), found %d",
                name, lineNumber, columns.size(), String.join("|", columns), cells.size()));
      }
      rows.add(new Row(name, lineNumber, columns, cells));
    }
    if (columns == null) {
      throw new IllegalArgumentException(name + ": missing the header line that names the columns");
    }
    return new ReferenceTable(name, columns, rows);
  }

  /**
   * Loads a table that is packaged next to {@code owner}, through the owner's class loader so that
   * it works inside an OSGi bundle.
   *
   * @param resource a name relative to the owner's package, for example {@code "salary-scales.psv"}
   * @throws IllegalStateException when the resource is not packaged
   */
  public static ReferenceTable load(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "Reference table '"
                + resource
                + "' not found next to "
                + owner.getName()
                + "; check that the bundle packages it");
      }
      return parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to read reference table '" + resource + "'", e);
    }
  }

  public String name() {
    return name;
  }

  public List<String> columns() {
    return columns;
  }

  public List<Row> rows() {
    return rows;
  }

  private static List<String> split(String line) {
    return Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
  }

  private static List<String> requireUniqueColumns(String name, int line, List<String> cells) {
    Set<String> seen = new HashSet<>();
    for (String cell : cells) {
      if (cell.isEmpty() || !seen.add(cell)) {
        throw new IllegalArgumentException(
            String.format("%s line %d: column names must be unique and non-empty", name, line));
      }
    }
    return cells;
  }

  /** One row of a table; the typed getters name the table, line and column in their errors. */
  public static final class Row {

    private final String tableName;
    private final int line;
    private final List<String> columns;
    private final List<String> cells;

    private Row(String tableName, int line, List<String> columns, List<String> cells) {
      this.tableName = tableName;
      this.line = line;
      this.columns = columns;
      this.cells = cells;
    }

    /** The 1-based line number in the resource. */
    public int line() {
      return line;
    }

    /**
     * Returns the cell as text, possibly empty.
     *
     * @throws IllegalArgumentException when the table has no such column
     */
    public String text(String column) {
      int index = columns.indexOf(column);
      if (index < 0) {
        throw new IllegalArgumentException(
            String.format("%s: no column '%s' among %s", tableName, column, columns));
      }
      return cells.get(index);
    }

    /** Returns the cell as non-empty text. */
    public String requiredText(String column) {
      String value = text(column);
      if (value.isEmpty()) {
        throw invalid(column, value, "must not be empty");
      }
      return value;
    }

    public LocalDate date(String column) {
      String value = text(column);
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw invalid(column, value, "must be an ISO date such as 2021-08-15");
      }
    }

    public int integer(String column) {
      String value = text(column);
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw invalid(column, value, "must be a whole number");
      }
    }

    public BigDecimal decimal(String column) {
      String value = text(column);
      try {
        return new BigDecimal(value);
      } catch (NumberFormatException e) {
        throw invalid(column, value, "must be a decimal number with a dot, such as 2.34");
      }
    }

    /** Returns the cell split on whitespace, empty when the cell is empty. */
    public List<String> words(String column) {
      String value = text(column);
      return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
    }

    /**
     * Creates an error about a cell for a check the caller makes itself, such as an unknown code.
     */
    public IllegalArgumentException invalid(String column, String value, String problem) {
      return new IllegalArgumentException(
          String.format(
              "%s line %d: column '%s' %s, found '%s'", tableName, line, column, problem, value));
    }
  }
}
