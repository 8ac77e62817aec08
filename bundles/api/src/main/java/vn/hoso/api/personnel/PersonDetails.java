package vn.hoso.api.personnel;

import java.util.Objects;

/**
 * A person as the detail view shows it: the editable fields and what the system derives from them
 * and from the history tables.
 *
 * @param id the person's identifier
 * @param data the editable fields, with {@link PersonData#version()} the current version
 * @param identityNumberLegacy whether the identity number is the 9-digit number of an old identity
 *     card (CMND) rather than the 12-digit personal identification number
 * @param unitName the name of the person's unit, or null when the person has none
 * @param currentSalary the salary history row in force today, or null when there is none
 */
public record PersonDetails(
    long id,
    PersonData data,
    boolean identityNumberLegacy,
    String unitName,
    CurrentSalary currentSalary) {

  public PersonDetails {
    Objects.requireNonNull(data, "data");
  }

  /** Returns the current version, the one to send with the next update. */
  public long version() {
    return data.version();
  }
}
