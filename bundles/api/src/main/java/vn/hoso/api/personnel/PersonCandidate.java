package vn.hoso.api.personnel;

import java.util.Objects;
import vn.hoso.api.personnel.history.SalaryRow;

/**
 * One person to create or update in a bulk write, as an import file gives it.
 *
 * <p>The person is matched to an existing one by {@link PersonData#identityNumber()}, then by
 * {@link PersonData#civilServantNumber()}. For an existing person only the non-null fields of
 * {@code person} are written; the others keep their stored values. {@link PersonData#version()} is
 * ignored, because the write reads the current version itself.
 *
 * @param row the row number in the file, copied to the outcome
 * @param person the fields the file gives
 * @param salary the current salary row the file gives (rank code, step, coefficient, effective
 *     date), or null when the file has none
 */
public record PersonCandidate(long row, PersonData person, SalaryRow salary) {

  public PersonCandidate {
    Objects.requireNonNull(person, "person");
  }
}
