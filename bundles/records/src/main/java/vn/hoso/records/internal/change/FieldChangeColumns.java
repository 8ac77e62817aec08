package vn.hoso.records.internal.change;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import vn.hoso.api.personnel.change.FieldChange;

/** One row of {@code change_request_field}: a field a request changes, with both values. */
@Embeddable
public class FieldChangeColumns {

  @Column(name = "field", length = 60, nullable = false)
  private String field;

  @Column(name = "old_value", length = ChangeRequestEntity.VALUE_LENGTH)
  private String oldValue;

  @Column(name = "new_value", length = ChangeRequestEntity.VALUE_LENGTH)
  private String newValue;

  protected FieldChangeColumns() {}

  FieldChangeColumns(String field, String oldValue, String newValue) {
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
  }

  String getField() {
    return field;
  }

  String getNewValue() {
    return newValue;
  }

  FieldChange toChange() {
    return new FieldChange(field, oldValue, newValue);
  }
}
