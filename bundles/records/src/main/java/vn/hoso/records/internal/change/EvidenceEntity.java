package vn.hoso.records.internal.change;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The content of a change request's evidence file, read only when a client downloads it. */
@Entity
@Table(name = "change_request_evidence")
public class EvidenceEntity {

  @Id
  @Column(name = "request_id")
  private Long requestId;

  @Column(name = "content", nullable = false)
  private byte[] content;

  protected EvidenceEntity() {}

  EvidenceEntity(long requestId, byte[] content) {
    this.requestId = requestId;
    this.content = content.clone();
  }

  byte[] getContent() {
    return content.clone();
  }
}
