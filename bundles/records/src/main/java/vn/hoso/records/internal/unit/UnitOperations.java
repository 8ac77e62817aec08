package vn.hoso.records.internal.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;
import vn.hoso.api.personnel.OutOfScopeException;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.personnel.StaleVersionException;
import vn.hoso.api.personnel.UnitData;
import vn.hoso.api.personnel.UnitMove;
import vn.hoso.api.personnel.UnitMoveRequest;
import vn.hoso.api.personnel.UnitNode;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.audit.AuditLog;
import vn.hoso.records.internal.audit.AuditTrail.RowRef;
import vn.hoso.records.internal.audit.AuditValues;
import vn.hoso.records.internal.history.DecisionColumns;
import vn.hoso.records.internal.persistence.ChangeSession;
import vn.hoso.records.internal.reference.UnitKindEntity;
import vn.hoso.records.internal.text.RecordTexts;
import vn.hoso.records.internal.text.Texts;
import vn.hoso.records.internal.validation.Problems;

/** Reads and writes of units, with their closure rows, moves and audit entries. */
public final class UnitOperations {

  static final String TABLE = "unit";

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");

  private UnitOperations() {}

  /** Returns the trees of the units in scope, children ordered by code. */
  public static List<UnitNode> tree(EntityManager em, UnitScope scope) {
    if (scope.containsNoUnit()) {
      return List.of();
    }
    String condition = Scopes.condition(scope, "u.id");
    var query =
        em.createQuery(
            "SELECT u FROM UnitEntity u" + (condition == null ? "" : " WHERE " + condition),
            UnitEntity.class);
    Scopes.bind(query, scope);
    List<UnitEntity> units = query.getResultList();

    Map<Long, List<UnitEntity>> children = new HashMap<>();
    List<UnitEntity> roots = new ArrayList<>();
    Map<Long, UnitEntity> byId = new HashMap<>();
    units.forEach(u -> byId.put(u.getId(), u));
    for (UnitEntity unit : units) {
      if (unit.getParentId() == null || !byId.containsKey(unit.getParentId())) {
        roots.add(unit);
      } else {
        children.computeIfAbsent(unit.getParentId(), id -> new ArrayList<>()).add(unit);
      }
    }
    return nodes(roots, children);
  }

  private static List<UnitNode> nodes(
      List<UnitEntity> units, Map<Long, List<UnitEntity>> children) {
    return units.stream()
        .sorted(Comparator.comparing(UnitEntity::getCode))
        .map(
            u ->
                new UnitNode(
                    u.toView(), nodes(children.getOrDefault(u.getId(), List.of()), children)))
        .toList();
  }

  /**
   * Returns a unit in scope.
   *
   * @throws RecordNotFoundException when it does not exist or is outside the scope
   */
  public static UnitEntity find(EntityManager em, UnitScope scope, long unitId) {
    UnitEntity unit = em.find(UnitEntity.class, unitId);
    if (unit == null || !Scopes.contains(em, scope, unitId)) {
      throw new RecordNotFoundException(TABLE, unitId);
    }
    return unit;
  }

  /** Returns the ids of the units in scope. */
  public static Set<Long> ids(EntityManager em, UnitScope scope) {
    if (scope.containsNoUnit()) {
      return Set.of();
    }
    if (scope.allUnits()) {
      return Set.copyOf(
          em.createQuery("SELECT u.id FROM UnitEntity u", Long.class).getResultList());
    }
    var query =
        em.createQuery(
            "SELECT DISTINCT c.descendantId FROM UnitClosureEntity c WHERE c.ancestorId IN :roots",
            Long.class);
    return Set.copyOf(query.setParameter("roots", scope.roots()).getResultList());
  }

  /**
   * Returns the ids of a unit in scope and of every unit below it.
   *
   * @throws RecordNotFoundException when the unit does not exist or is outside the scope
   */
  public static Set<Long> subtreeIds(EntityManager em, UnitScope scope, long unitId) {
    find(em, scope, unitId);
    return Set.copyOf(
        em.createQuery(
                "SELECT c.descendantId FROM UnitClosureEntity c WHERE c.ancestorId = :unitId",
                Long.class)
            .setParameter("unitId", unitId)
            .getResultList());
  }

  public static List<UnitMove> moves(EntityManager em, UnitScope scope, long unitId) {
    find(em, scope, unitId);
    return em
        .createQuery(
            "SELECT m FROM UnitMoveEntity m WHERE m.unitId = :unitId"
                + " ORDER BY m.effectiveDate, m.id",
            UnitMoveEntity.class)
        .setParameter("unitId", unitId)
        .getResultList()
        .stream()
        .map(UnitMoveEntity::toMove)
        .toList();
  }

  public static UnitView create(ChangeSession session, UnitData input) {
    UnitData data = RecordTexts.clean(input);
    checkParentInScope(session, data.parentId());

    Problems problems = new Problems();
    validate(session, problems, data, null);
    problems.throwIfAny();

    UnitEntity unit = new UnitEntity();
    apply(unit, data);
    session.em().persist(unit);
    session.em().flush();
    UnitTree.insert(session.em(), unit.getId(), unit.getParentId());

    session
        .audit()
        .inserted(rowRef(unit), unit.getVersion(), reason(session), values(unit.toView()));
    return unit.toView();
  }

  public static UnitView update(ChangeSession session, long unitId, UnitData input) {
    UnitEntity unit = find(session.em(), session.scope(), unitId);
    UnitData data = RecordTexts.clean(input);
    checkVersion(session, unit, data.version());
    boolean moving = !Objects.equals(unit.getParentId(), data.parentId());
    if (moving) {
      checkParentInScope(session, data.parentId());
    }

    Problems problems = new Problems();
    validate(session, problems, data, unit);
    if (moving) {
      checkNoCycle(session, problems, unit, data.parentId(), "parentId");
    }
    problems.throwIfAny();

    Map<String, String> before = values(unit.toView());
    if (moving) {
      recordMove(session, unit, data.parentId(), session.today(), null);
    }
    apply(unit, data);
    session.flush(unit, TABLE, data.version());
    session
        .audit()
        .updated(rowRef(unit), unit.getVersion(), reason(session), before, values(unit.toView()));
    return unit.toView();
  }

  public static UnitView move(ChangeSession session, long unitId, UnitMoveRequest move) {
    UnitEntity unit = find(session.em(), session.scope(), unitId);
    checkVersion(session, unit, move.version());
    checkParentInScope(session, move.newParentId());

    Problems problems = new Problems();
    LocalDate effectiveDate = move.effectiveDate() == null ? session.today() : move.effectiveDate();
    problems.plausibleDate("effectiveDate", effectiveDate);
    checkParent(session, problems, move.newParentId(), "newParentId");
    checkNoCycle(session, problems, unit, move.newParentId(), "newParentId");
    problems.throwIfAny();

    if (Objects.equals(unit.getParentId(), move.newParentId())) {
      return unit.toView();
    }
    Map<String, String> before = values(unit.toView());
    DecisionColumns decision = DecisionColumns.of(RecordTexts.clean(move).decision());
    recordMove(session, unit, move.newParentId(), effectiveDate, decision);
    session.flush(unit, TABLE, move.version());
    String reason = reason(session);
    if (reason == null && decision != null) {
      reason = DecisionColumns.toDecision(decision).number();
    }
    session.audit().updated(rowRef(unit), unit.getVersion(), reason, before, values(unit.toView()));
    return unit.toView();
  }

  public static void delete(ChangeSession session, long unitId, long expectedVersion) {
    EntityManager em = session.em();
    UnitEntity unit = find(em, session.scope(), unitId);
    checkVersion(session, unit, expectedVersion);

    long children = count(em, "SELECT COUNT(u) FROM UnitEntity u WHERE u.parentId = :id", unitId);
    long people = count(em, "SELECT COUNT(p) FROM PersonEntity p WHERE p.unitId = :id", unitId);
    long historyRows =
        count(em, "SELECT COUNT(t) FROM LeadershipTermEntity t WHERE t.unitId = :id", unitId)
            + count(em, "SELECT COUNT(w) FROM WorkHistoryEntity w WHERE w.unitId = :id", unitId);
    if (children + people + historyRows > 0) {
      Problems problems = new Problems();
      problems.add("id", "unit-in-use", unit.getCode(), children, people, historyRows);
      problems.throwIfAny();
    }

    Map<String, String> before = values(unit.toView());
    UnitTree.delete(em, unitId);
    em.createQuery("DELETE FROM UnitMoveEntity m WHERE m.unitId = :id")
        .setParameter("id", unitId)
        .executeUpdate();
    em.remove(unit);
    session.flush(unit, TABLE, expectedVersion);
    session.audit().deleted(rowRef(unit), unit.getVersion(), reason(session), before);
  }

  private static void validate(
      ChangeSession session, Problems problems, UnitData data, UnitEntity existing) {
    EntityManager em = session.em();
    if (problems.required("code", data.code())) {
      if (!CODE.matcher(data.code()).matches()) {
        problems.add("code", "code-invalid", data.code());
      } else if (isCodeTaken(em, data.code(), existing)) {
        problems.add("code", "unit-code-duplicate", data.code());
      }
    }
    problems.required("name", data.name());
    if (problems.required("kindCode", data.kindCode())
        && !session.reference().contains(UnitKindEntity.class, data.kindCode())) {
      problems.add("kindCode", "unknown-code", data.kindCode());
    }
    boolean parentChanged =
        existing == null || !Objects.equals(existing.getParentId(), data.parentId());
    if (parentChanged) {
      checkParent(session, problems, data.parentId(), "parentId");
    }
    problems.maxLengths(UnitEntity.MAX_LENGTHS, values(data));

    boolean deactivating = existing != null && existing.isActive() && isFalse(data.active());
    if (deactivating) {
      long activeChildren =
          count(
              em,
              "SELECT COUNT(u) FROM UnitEntity u WHERE u.parentId = :id AND u.active = TRUE",
              existing.getId());
      long people =
          count(em, "SELECT COUNT(p) FROM PersonEntity p WHERE p.unitId = :id", existing.getId());
      if (activeChildren + people > 0) {
        problems.add(
            "active", "unit-has-active-members", existing.getCode(), activeChildren, people);
      }
    }
  }

  private static void checkParent(
      ChangeSession session, Problems problems, Long parentId, String field) {
    if (parentId == null) {
      return;
    }
    UnitEntity parent = session.em().find(UnitEntity.class, parentId);
    if (parent == null) {
      problems.add(field, "unit-not-found", parentId);
    } else if (!parent.isActive()) {
      problems.add(field, "unit-inactive", parent.getCode());
    }
  }

  private static void checkNoCycle(
      ChangeSession session, Problems problems, UnitEntity unit, Long newParentId, String field) {
    if (newParentId != null && UnitTree.isInSubtree(session.em(), unit.getId(), newParentId)) {
      problems.add(field, "unit-cycle", newParentId);
    }
  }

  /** A new parent must be in scope; a top-level unit needs the scope of all units. */
  private static void checkParentInScope(ChangeSession session, Long parentId) {
    if (parentId == null) {
      if (!session.scope().allUnits()) {
        throw new OutOfScopeException(null);
      }
    } else if (session.em().find(UnitEntity.class, parentId) != null
        && !Scopes.contains(session.em(), session.scope(), parentId)) {
      throw new OutOfScopeException(parentId);
    }
  }

  private static void checkVersion(ChangeSession session, UnitEntity unit, Long expected) {
    if (expected == null) {
      Problems problems = new Problems();
      problems.add("version", "required");
      problems.throwIfAny();
    } else if (expected != unit.getVersion()) {
      throw new StaleVersionException(
          TABLE,
          unit.getId(),
          expected,
          unit.getVersion(),
          AuditLog.changesSince(session.em(), TABLE, unit.getId(), expected));
    }
  }

  private static void recordMove(
      ChangeSession session,
      UnitEntity unit,
      Long newParentId,
      LocalDate effectiveDate,
      DecisionColumns decision) {
    session
        .em()
        .persist(
            new UnitMoveEntity(
                unit.getId(),
                unit.getParentId(),
                newParentId,
                effectiveDate,
                decision,
                session.now(),
                session.change().actor()));
    UnitTree.move(session.em(), unit.getId(), newParentId);
    unit.setParentId(newParentId);
  }

  private static void apply(UnitEntity unit, UnitData data) {
    unit.setCode(data.code());
    unit.setName(Texts.cleanWords(data.name()));
    unit.setKindCode(data.kindCode());
    unit.setParentId(data.parentId());
    unit.setActive(!isFalse(data.active()));
  }

  private static boolean isCodeTaken(EntityManager em, String code, UnitEntity existing) {
    List<Long> ids =
        em.createQuery("SELECT u.id FROM UnitEntity u WHERE u.code = :code", Long.class)
            .setParameter("code", code)
            .getResultList();
    return ids.stream().anyMatch(id -> existing == null || !id.equals(existing.getId()));
  }

  private static long count(EntityManager em, String jpql, long id) {
    return em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
  }

  private static boolean isFalse(Boolean value) {
    return Boolean.FALSE.equals(value);
  }

  private static RowRef rowRef(UnitEntity unit) {
    return new RowRef(TABLE, unit.getId(), null, unit.getId());
  }

  private static Map<String, String> values(UnitView view) {
    return values(
        new UnitData(
            view.code(), view.name(), view.kindCode(), view.parentId(), view.active(), null));
  }

  private static Map<String, String> values(UnitData data) {
    return AuditValues.of(data);
  }

  private static String reason(ChangeSession session) {
    return session.change().reason();
  }
}
