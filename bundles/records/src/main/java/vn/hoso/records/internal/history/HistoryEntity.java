package vn.hoso.records.internal.history;

import java.util.Map;
import javax.persistence.Column;
import javax.persistence.MappedSuperclass;
import vn.hoso.api.personnel.history.HistoryRow;
import vn.hoso.records.internal.persistence.VersionedEntity;

/**
 * A row of one of a person's history tables, mapped to and from its API row type.
 *
 * @param <R> the API row type
 */
@MappedSuperclass
public abstract class HistoryEntity<R extends HistoryRow> extends VersionedEntity {

  @Column(name = "person_id", nullable = false)
  private long personId;

  public long getPersonId() {
    return personId;
  }

  public void setPersonId(long personId) {
    this.personId = personId;
  }

  /** Returns the row as the API shows it, with this entity's identifier and version. */
  public abstract R toRow();

  /** Copies every field of the row except its identifier and version into this entity. */
  public abstract void copyFrom(R row);

  /** Returns the maximum length of each text field, keyed by the field's path in the row. */
  public abstract Map<String, Integer> maxLengths();
}
