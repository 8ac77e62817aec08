package vn.hoso.api.personnel.change;

import java.util.Objects;

/**
 * One field a change request changes, with its values as text in the form the audit log uses
 * (ISO-8601 dates, plain decimals, enum names).
 *
 * @param field the field's name as in the API, for example {@code currentAddress} or {@code
 *     decision.number}
 * @param oldValue the value when the request was submitted, or null when it was empty
 * @param newValue the proposed value, or null to clear the field
 */
public record FieldChange(String field, String oldValue, String newValue) {

  public FieldChange {
    Objects.requireNonNull(field, "field");
  }
}
