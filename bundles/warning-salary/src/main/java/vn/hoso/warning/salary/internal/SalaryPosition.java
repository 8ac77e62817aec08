package vn.hoso.warning.salary.internal;

import java.util.Comparator;
import java.util.Optional;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.SalaryEntry;

/**
 * A person's current salary row with the scale of its type.
 *
 * @param entry the current row: the latest by effective date, the higher id on a tie
 * @param scale the coefficients of the row's salary table and type
 */
record SalaryPosition(SalaryEntry entry, SalaryReference.Scale scale) {

  /**
   * Finds the current position.
   *
   * @return empty when the person has no salary history
   * @throws IllegalArgumentException when the salary type has no scale or the step lies outside it
   */
  static Optional<SalaryPosition> of(PersonRecord person, SalaryReference reference) {
    Optional<SalaryEntry> current =
        person.salaryHistory().stream()
            .max(
                Comparator.comparing(SalaryEntry::effectiveDate)
                    .thenComparingLong(SalaryEntry::id));
    if (current.isEmpty()) {
      return Optional.empty();
    }
    SalaryEntry entry = current.get();
    SalaryReference.Scale scale =
        reference
            .scale(entry.salaryTable(), entry.salaryType(), entry.effectiveDate())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        String.format(
                            "Salary row %d: no scale for table '%s', type '%s' in %s; correct the"
                                + " row or add the scale",
                            entry.id(),
                            entry.salaryTable(),
                            entry.salaryType(),
                            SalaryReference.SCALES)));
    if (entry.step() < 1 || entry.step() > scale.lastStep()) {
      throw new IllegalArgumentException(
          String.format(
              "Salary row %d: step %d is outside 1 to %d of table '%s', type '%s'",
              entry.id(), entry.step(), scale.lastStep(), entry.salaryTable(), entry.salaryType()));
    }
    return Optional.of(new SalaryPosition(entry, scale));
  }

  boolean onLastStep() {
    return entry.step() == scale.lastStep();
  }
}
