package vn.hoso.records.internal.unit;

import java.util.List;
import javax.persistence.EntityManager;

/** Keeps the closure table {@code unit_closure} in step with the units' parents. */
final class UnitTree {

  private UnitTree() {}

  /** Adds the closure rows of a new unit: itself at depth 0 and each ancestor of its parent. */
  static void insert(EntityManager em, long unitId, Long parentId) {
    em.persist(new UnitClosureEntity(unitId, unitId, 0));
    if (parentId != null) {
      for (UnitClosureEntity ancestor : ancestorsOf(em, parentId)) {
        em.persist(
            new UnitClosureEntity(ancestor.getAncestorId(), unitId, ancestor.getDepth() + 1));
      }
    }
  }

  /**
   * Moves a unit with its subtree under a new parent: the links from the subtree to its old
   * ancestors are removed and links to the new ancestors added.
   */
  static void move(EntityManager em, long unitId, Long newParentId) {
    List<UnitClosureEntity> subtree =
        em.createQuery(
                "SELECT c FROM UnitClosureEntity c WHERE c.ancestorId = :unitId",
                UnitClosureEntity.class)
            .setParameter("unitId", unitId)
            .getResultList();
    List<Long> subtreeIds = subtree.stream().map(UnitClosureEntity::getDescendantId).toList();

    em.createQuery(
            "DELETE FROM UnitClosureEntity c WHERE c.descendantId IN :subtree"
                + " AND c.ancestorId NOT IN :subtree")
        .setParameter("subtree", subtreeIds)
        .executeUpdate();

    if (newParentId != null) {
      for (UnitClosureEntity ancestor : ancestorsOf(em, newParentId)) {
        for (UnitClosureEntity member : subtree) {
          em.persist(
              new UnitClosureEntity(
                  ancestor.getAncestorId(),
                  member.getDescendantId(),
                  ancestor.getDepth() + member.getDepth() + 1));
        }
      }
    }
  }

  /** Removes the closure rows of a unit that has no units below it. */
  static void delete(EntityManager em, long unitId) {
    em.createQuery("DELETE FROM UnitClosureEntity c WHERE c.descendantId = :unitId")
        .setParameter("unitId", unitId)
        .executeUpdate();
  }

  /** Returns whether {@code candidate} is the unit itself or below it. */
  static boolean isInSubtree(EntityManager em, long unitId, long candidate) {
    return em.createQuery(
                "SELECT COUNT(c) FROM UnitClosureEntity c"
                    + " WHERE c.ancestorId = :unitId AND c.descendantId = :candidate",
                Long.class)
            .setParameter("unitId", unitId)
            .setParameter("candidate", candidate)
            .getSingleResult()
        > 0;
  }

  private static List<UnitClosureEntity> ancestorsOf(EntityManager em, long unitId) {
    return em.createQuery(
            "SELECT c FROM UnitClosureEntity c WHERE c.descendantId = :unitId",
            UnitClosureEntity.class)
        .setParameter("unitId", unitId)
        .getResultList();
  }
}
