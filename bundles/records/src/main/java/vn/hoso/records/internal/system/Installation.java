package vn.hoso.records.internal.system;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The single row that the first start writes into a new database. */
@Entity
@Table(name = "installation")
public class Installation {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "installed_at", nullable = false)
  private OffsetDateTime installedAt;

  protected Installation() {}

  Installation(String id, OffsetDateTime installedAt) {
    this.id = id;
    this.installedAt = installedAt;
  }

  String getId() {
    return id;
  }

  OffsetDateTime getInstalledAt() {
    return installedAt;
  }
}
