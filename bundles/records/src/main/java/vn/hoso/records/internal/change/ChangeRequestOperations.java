package vn.hoso.records.internal.change;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import javax.persistence.TypedQuery;
import vn.hoso.api.personnel.Page;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.personnel.change.ChangeOperation;
import vn.hoso.api.personnel.change.ChangeProposal;
import vn.hoso.api.personnel.change.ChangeRequest;
import vn.hoso.api.personnel.change.ChangeRequestException;
import vn.hoso.api.personnel.change.ChangeRequestQuery;
import vn.hoso.api.personnel.change.ChangeRequestService;
import vn.hoso.api.personnel.change.ChangeRequestStatus;
import vn.hoso.api.personnel.change.Evidence;
import vn.hoso.api.personnel.change.FieldChange;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.HistoryRow;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.audit.AuditValues;
import vn.hoso.records.internal.history.HistoryOperations;
import vn.hoso.records.internal.persistence.ChangeSession;
import vn.hoso.records.internal.person.PersonEntity;
import vn.hoso.records.internal.person.PersonOperations;
import vn.hoso.records.internal.text.RecordTexts;
import vn.hoso.records.internal.text.Texts;
import vn.hoso.records.internal.unit.Scopes;
import vn.hoso.records.internal.validation.Problems;

/**
 * Reads and decisions of change requests. A proposal is applied with the same operations as a
 * direct write, once in a rolled-back dry run at submission to find the fields it changes, and
 * again at approval from the stored values.
 */
public final class ChangeRequestOperations {

  private ChangeRequestOperations() {}

  /**
   * Applies a proposal in the session and returns the fields it changes, the way the audit log
   * would record them.
   *
   * @param callerScope the scope in which the submitter must see the person; the session's scope
   *     then only has to let the operations run
   * @throws vn.hoso.api.personnel.ValidationException when the proposal changes nothing, changes a
   *     restricted field or table, or fails the record's validation
   */
  public static List<FieldChange> propose(
      ChangeSession session, UnitScope callerScope, long personId, ChangeProposal proposal) {
    PersonEntity person = PersonOperations.find(session.em(), callerScope, personId);
    checkRestrictions(person, proposal);

    List<FieldChange> changes =
        switch (proposal.operation()) {
          case UPDATE_PERSON -> proposePersonUpdate(session, person, proposal.person());
          case ADD_ROW -> proposeRowAddition(session, person, proposal.kind(), proposal.row());
          case UPDATE_ROW ->
              proposeRowUpdate(session, person, proposal.kind(), proposal.rowId(), proposal.row());
          case DELETE_ROW ->
              proposeRowDeletion(
                  session, person, proposal.kind(), proposal.rowId(), proposal.deleteVersion());
        };

    if (changes.isEmpty()) {
      Problems problems = new Problems();
      problems.add(null, "no-change");
      problems.throwIfAny();
    }
    return changes;
  }

  /**
   * Rejects a proposal for a restricted history table, or one that changes a restricted field of
   * the person, before the dry run can report other problems of the same values.
   */
  private static void checkRestrictions(PersonEntity person, ChangeProposal proposal) {
    Problems problems = new Problems();
    if (proposal.kind() != null
        && ChangeRequestService.RESTRICTED_KINDS.contains(proposal.kind())) {
      problems.add("kind", "change-table-not-allowed", proposal.kind().path());
    }
    if (proposal.operation() == ChangeOperation.UPDATE_PERSON) {
      Map<String, String> current = AuditValues.of(person.toData());
      Map<String, String> proposed = AuditValues.of(RecordTexts.clean(proposal.person()));
      for (String field : current.keySet()) {
        if (ChangeRequestService.RESTRICTED_PERSON_FIELDS.contains(field)
            && !Objects.equals(current.get(field), proposed.get(field))) {
          problems.add(field, "change-not-allowed");
        }
      }
    }
    problems.throwIfAny();
  }

  /** Stores a new pending request and returns it. */
  public static ChangeRequest store(
      EntityManager em,
      long personId,
      ChangeProposal proposal,
      List<FieldChange> changes,
      Evidence evidence,
      String actor,
      OffsetDateTime now) {
    List<FieldChangeColumns> fields =
        changes.stream()
            .map(c -> new FieldChangeColumns(c.field(), c.oldValue(), c.newValue()))
            .toList();
    ChangeRequestEntity request =
        new ChangeRequestEntity(
            personId,
            proposal.operation(),
            proposal.kind() == null ? null : proposal.kind().path(),
            proposal.rowId(),
            baseVersion(proposal),
            Texts.clean(proposal.note()),
            fields,
            actor,
            now);
    if (evidence != null) {
      request.attachEvidence(
          evidence.fileName(), evidence.contentType(), evidence.content().length);
    }
    em.persist(request);
    em.flush();
    if (evidence != null) {
      em.persist(new EvidenceEntity(request.getId(), evidence.content()));
    }
    return view(em, request);
  }

  /**
   * Returns a request whose person is in scope.
   *
   * @throws RecordNotFoundException when it does not exist or its person is outside the scope
   */
  public static ChangeRequestEntity find(EntityManager em, UnitScope scope, long requestId) {
    ChangeRequestEntity request = em.find(ChangeRequestEntity.class, requestId);
    if (request == null) {
      throw new RecordNotFoundException(ChangeRequestEntity.TABLE, requestId);
    }
    try {
      PersonOperations.find(em, scope, request.getPersonId());
    } catch (RecordNotFoundException e) {
      throw new RecordNotFoundException(ChangeRequestEntity.TABLE, requestId);
    }
    return request;
  }

  public static ChangeRequest view(EntityManager em, ChangeRequestEntity request) {
    PersonEntity person = em.find(PersonEntity.class, request.getPersonId());
    return request.toRequest(person == null ? null : person.getFullName());
  }

  /**
   * Returns the evidence file of a request in scope.
   *
   * @throws RecordNotFoundException when the request is not in scope or has no evidence file
   */
  public static Evidence evidence(EntityManager em, UnitScope scope, long requestId) {
    ChangeRequestEntity request = find(em, scope, requestId);
    EvidenceEntity content = em.find(EvidenceEntity.class, requestId);
    if (request.getEvidenceName() == null || content == null) {
      throw new RecordNotFoundException("change_request_evidence", requestId);
    }
    return new Evidence(request.getEvidenceName(), request.getEvidenceType(), content.getContent());
  }

  /** Returns one page of the requests in scope that match the query, newest first. */
  public static Page<ChangeRequest> find(
      EntityManager em, UnitScope scope, ChangeRequestQuery query) {
    if (scope.isEmpty()) {
      return new Page<>(List.of(), query.page(), query.size(), 0);
    }
    // A request is in scope when its person is, so deleted people's requests drop out as well.
    String personCondition = Scopes.personCondition(scope, "p.unitId", "p.id");
    List<String> conditions = new ArrayList<>();
    conditions.add(
        "r.personId IN (SELECT p.id FROM PersonEntity p"
            + (personCondition == null ? "" : " WHERE " + personCondition)
            + ")");
    if (query.personId() != null) {
      conditions.add("r.personId = :personId");
    }
    if (query.status() != null) {
      conditions.add("r.status = :status");
    }
    String where = " WHERE " + String.join(" AND ", conditions);

    TypedQuery<ChangeRequestEntity> rows =
        em.createQuery(
            "SELECT r FROM ChangeRequestEntity r"
                + where
                + " ORDER BY r.submittedAt DESC, r.id DESC",
            ChangeRequestEntity.class);
    Query count = em.createQuery("SELECT COUNT(r) FROM ChangeRequestEntity r" + where);
    for (Query q : List.of(rows, count)) {
      Scopes.bindPerson(q, scope);
      if (query.personId() != null) {
        q.setParameter("personId", query.personId());
      }
      if (query.status() != null) {
        q.setParameter("status", query.status());
      }
    }
    List<ChangeRequestEntity> requests =
        rows.setFirstResult(query.page() * query.size())
            .setMaxResults(query.size())
            .getResultList();
    long total = ((Number) count.getSingleResult()).longValue();

    Map<Long, String> names = personNames(em, requests);
    List<ChangeRequest> items =
        requests.stream().map(r -> r.toRequest(names.get(r.getPersonId()))).toList();
    return new Page<>(items, query.page(), query.size(), total);
  }

  /**
   * Approves a pending request in the session: applies its change with the session's scope, actor
   * and reason, and marks it approved.
   *
   * @throws ChangeRequestException when it is not pending or the actor submitted it
   */
  public static ChangeRequest approve(ChangeSession session, long requestId) {
    ChangeRequestEntity request = find(session.em(), session.scope(), requestId);
    long versionRead = request.getVersion();
    checkDecidable(request, session.change().actor());
    PersonEntity person =
        PersonOperations.find(session.em(), session.scope(), request.getPersonId());

    Long createdRowId = apply(session, person, request);

    request.approve(session.change().actor(), session.now(), createdRowId);
    session.flush(request, ChangeRequestEntity.TABLE, versionRead);
    return view(session.em(), request);
  }

  /**
   * Rejects a pending request in the session.
   *
   * @throws ChangeRequestException when it is not pending or the actor submitted it
   */
  public static ChangeRequest reject(ChangeSession session, long requestId, String reason) {
    ChangeRequestEntity request = find(session.em(), session.scope(), requestId);
    long versionRead = request.getVersion();
    checkDecidable(request, session.change().actor());

    request.reject(session.change().actor(), session.now(), reason);
    session.flush(request, ChangeRequestEntity.TABLE, versionRead);
    return view(session.em(), request);
  }

  private static void checkDecidable(ChangeRequestEntity request, String actor) {
    if (request.getStatus() != ChangeRequestStatus.PENDING) {
      throw new ChangeRequestException(
          ChangeRequestException.Reason.CLOSED,
          request.getId(),
          "Change request " + request.getId() + " is already " + request.getStatus());
    }
    if (request.getSubmittedBy().equals(actor)) {
      throw new ChangeRequestException(
          ChangeRequestException.Reason.OWN_REQUEST,
          request.getId(),
          "User '" + actor + "' submitted change request " + request.getId());
    }
  }

  /** Applies the stored change and returns the id of the row it created, if any. */
  private static Long apply(
      ChangeSession session, PersonEntity person, ChangeRequestEntity request) {
    Map<String, String> proposed = new HashMap<>();
    request.getFields().forEach(field -> proposed.put(field.getField(), field.getNewValue()));
    return switch (request.getOperation()) {
      case UPDATE_PERSON -> {
        Map<String, String> values = AuditValues.of(person.toData());
        values.putAll(proposed);
        values.put("version", String.valueOf(request.getBaseVersion()));
        PersonOperations.update(
            session, person.getId(), AuditValues.toRecord(PersonData.class, values));
        yield null;
      }
      case ADD_ROW -> addRow(session, person, kind(request), proposed);
      case UPDATE_ROW -> {
        updateRow(session, person, kind(request), request, proposed);
        yield null;
      }
      case DELETE_ROW -> {
        HistoryOperations.delete(
            session, person, kind(request), request.getRowId(), request.getBaseVersion());
        yield null;
      }
    };
  }

  private static <R extends HistoryRow> Long addRow(
      ChangeSession session, PersonEntity person, HistoryKind<R> kind, Map<String, String> values) {
    R row = toRow(kind, values);
    return HistoryOperations.add(session, person, kind, row).id();
  }

  private static <R extends HistoryRow> void updateRow(
      ChangeSession session,
      PersonEntity person,
      HistoryKind<R> kind,
      ChangeRequestEntity request,
      Map<String, String> proposed) {
    R current = HistoryOperations.find(session.em(), person.getId(), kind, request.getRowId());
    Map<String, String> values = AuditValues.of((Record) current);
    values.putAll(proposed);
    values.put("version", String.valueOf(request.getBaseVersion()));
    HistoryOperations.update(session, person, kind, request.getRowId(), toRow(kind, values));
  }

  private static <R extends HistoryRow> R toRow(HistoryKind<R> kind, Map<String, String> values) {
    return kind.rowType()
        .cast(AuditValues.toRecord(kind.rowType().asSubclass(Record.class), values));
  }

  private static HistoryKind<?> kind(ChangeRequestEntity request) {
    return HistoryKind.byPath(request.getHistoryKind())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Change request "
                        + request.getId()
                        + " names the unknown history table '"
                        + request.getHistoryKind()
                        + "'"));
  }

  private static List<FieldChange> proposePersonUpdate(
      ChangeSession session, PersonEntity person, PersonData proposed) {
    Map<String, String> before = AuditValues.of(person.toData());
    PersonData stored = PersonOperations.update(session, person.getId(), proposed).data();
    return differences(before, AuditValues.of(stored));
  }

  private static <R extends HistoryRow> List<FieldChange> proposeRowAddition(
      ChangeSession session, PersonEntity person, HistoryKind<R> kind, HistoryRow row) {
    R stored = HistoryOperations.add(session, person, kind, kind.cast(row));
    return differences(Map.of(), AuditValues.of((Record) stored));
  }

  private static <R extends HistoryRow> List<FieldChange> proposeRowUpdate(
      ChangeSession session, PersonEntity person, HistoryKind<R> kind, long rowId, HistoryRow row) {
    R current = HistoryOperations.find(session.em(), person.getId(), kind, rowId);
    Map<String, String> before = AuditValues.of((Record) current);
    R stored = HistoryOperations.update(session, person, kind, rowId, kind.cast(row));
    return differences(before, AuditValues.of((Record) stored));
  }

  private static <R extends HistoryRow> List<FieldChange> proposeRowDeletion(
      ChangeSession session, PersonEntity person, HistoryKind<R> kind, long rowId, long version) {
    R current = HistoryOperations.find(session.em(), person.getId(), kind, rowId);
    HistoryOperations.delete(session, person, kind, rowId, version);
    return differences(AuditValues.of((Record) current), Map.of());
  }

  /** Returns the fields whose values differ, in the order of the record's fields. */
  private static List<FieldChange> differences(
      Map<String, String> before, Map<String, String> after) {
    Set<String> fields = new LinkedHashSet<>(before.keySet());
    fields.addAll(after.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      if (!Objects.equals(before.get(field), after.get(field))) {
        changes.add(new FieldChange(field, before.get(field), after.get(field)));
      }
    }
    return changes;
  }

  private static Long baseVersion(ChangeProposal proposal) {
    return switch (proposal.operation()) {
      case UPDATE_PERSON -> proposal.person().version();
      case ADD_ROW -> null;
      case UPDATE_ROW -> proposal.row().version();
      case DELETE_ROW -> proposal.deleteVersion();
    };
  }

  private static Map<Long, String> personNames(
      EntityManager em, List<ChangeRequestEntity> requests) {
    Set<Long> ids =
        requests.stream().map(ChangeRequestEntity::getPersonId).collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("SELECT p FROM PersonEntity p WHERE p.id IN :ids", PersonEntity.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList()
        .stream()
        .collect(Collectors.toMap(PersonEntity::getId, PersonEntity::getFullName));
  }
}
