package vn.hoso.records.internal.unit;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One pair of a unit and one of its ancestors (or itself at depth 0) in the unit tree. */
@Entity
@Table(name = "unit_closure")
@IdClass(UnitClosureEntity.Key.class)
public class UnitClosureEntity {

  @Id
  @Column(name = "ancestor_id")
  private long ancestorId;

  @Id
  @Column(name = "descendant_id")
  private long descendantId;

  @Column(name = "depth", nullable = false)
  private int depth;

  protected UnitClosureEntity() {}

  public UnitClosureEntity(long ancestorId, long descendantId, int depth) {
    this.ancestorId = ancestorId;
    this.descendantId = descendantId;
    this.depth = depth;
  }

  public long getAncestorId() {
    return ancestorId;
  }

  public long getDescendantId() {
    return descendantId;
  }

  public int getDepth() {
    return depth;
  }

  /** The composite primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private long ancestorId;
    private long descendantId;

    public Key() {}

    public Key(long ancestorId, long descendantId) {
      this.ancestorId = ancestorId;
      this.descendantId = descendantId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.ancestorId == ancestorId
          && key.descendantId == descendantId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(ancestorId, descendantId);
    }
  }
}
