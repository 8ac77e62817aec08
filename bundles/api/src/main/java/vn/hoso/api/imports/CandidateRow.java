package vn.hoso.api.imports;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's row as read from the file, before the engine maps and validates it.
 *
 * @param row the 1-based row number in the file
 * @param values the values read, by field; a field is absent when its cell was empty, its column is
 *     missing, or the cell could not be read (then {@code problems} says why)
 * @param problems what was wrong or changed in this row's cells, in column order
 */
public record CandidateRow(
    long row, Map<ImportField, ImportValue> values, List<ImportProblem> problems) {

  /**
   * @throws IllegalArgumentException if a value is not of its field's type
   */
  public CandidateRow {
    EnumMap<ImportField, ImportValue> copy = new EnumMap<>(ImportField.class);
    copy.putAll(values);
    copy.forEach(
        (field, value) -> {
          if (!field.valueType().isInstance(value.value())) {
            throw new IllegalArgumentException(
                field
                    + " needs a "
                    + field.valueType().getSimpleName()
                    + ", not "
                    + value.value().getClass().getSimpleName());
          }
        });
    values = Collections.unmodifiableMap(copy);
    problems = List.copyOf(problems);
  }

  /** Returns the value of a field, typed, or empty when the row has none. */
  public <T> Optional<T> get(ImportField field, Class<T> type) {
    Objects.requireNonNull(type, "type");
    ImportValue value = values.get(field);
    return value == null ? Optional.empty() : Optional.of(type.cast(value.value()));
  }

  /** Returns the text value of a field, or empty; for fields of type {@link String} only. */
  public Optional<String> text(ImportField field) {
    return get(field, String.class);
  }

  public boolean hasErrors() {
    return problems.stream()
        .anyMatch(problem -> problem.severity() == ImportProblem.Severity.ERROR);
  }
}
