package vn.hoso.records.internal.unit;

import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.records.internal.persistence.VersionedEntity;

/** A unit of the unit tree. */
@Entity
@Table(name = "unit")
public class UnitEntity extends VersionedEntity {

  static final Map<String, Integer> MAX_LENGTHS = Map.of("code", 50, "name", 300);

  @Column(name = "code", length = 50, nullable = false)
  private String code;

  @Column(name = "name", length = 300, nullable = false)
  private String name;

  @Column(name = "kind_code", length = 30, nullable = false)
  private String kindCode;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "active", nullable = false)
  private boolean active;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKindCode() {
    return kindCode;
  }

  public void setKindCode(String kindCode) {
    this.kindCode = kindCode;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public UnitView toView() {
    return new UnitView(getId(), code, name, kindCode, parentId, active, getVersion());
  }
}
