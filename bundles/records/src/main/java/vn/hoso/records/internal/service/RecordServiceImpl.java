package vn.hoso.records.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.hoso.api.personnel.AuditEntry;
import vn.hoso.api.personnel.AuditQuery;
import vn.hoso.api.personnel.BulkRecordService;
import vn.hoso.api.personnel.BulkWriteMode;
import vn.hoso.api.personnel.BulkWriteResult;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.personnel.Page;
import vn.hoso.api.personnel.PersonCandidate;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.PersonDetails;
import vn.hoso.api.personnel.PersonQuery;
import vn.hoso.api.personnel.PersonSummary;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.personnel.UnitData;
import vn.hoso.api.personnel.UnitMove;
import vn.hoso.api.personnel.UnitMoveRequest;
import vn.hoso.api.personnel.UnitNode;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.HistoryRow;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.audit.AuditLog;
import vn.hoso.records.internal.history.HistoryOperations;
import vn.hoso.records.internal.persistence.ChangeSession;
import vn.hoso.records.internal.persistence.Transactor;
import vn.hoso.records.internal.person.PersonEntity;
import vn.hoso.records.internal.person.PersonOperations;
import vn.hoso.records.internal.person.PersonQueries;
import vn.hoso.records.internal.unit.UnitOperations;

/**
 * The record service, independent of OSGi: every call runs in one transaction of the {@link
 * Transactor}, and the changes to people go to the {@link ChangeListener} after the commit.
 */
public class RecordServiceImpl implements RecordService, BulkRecordService {

  private final Transactor transactor;
  private final Clock clock;
  private final Writes writes;

  public RecordServiceImpl(Transactor transactor, Clock clock, ChangeListener listener) {
    this.transactor = transactor;
    this.clock = clock;
    this.writes = new Writes(transactor, clock, listener);
  }

  @Override
  public List<UnitNode> unitTree(UnitScope scope) {
    return transactor.inTransaction(em -> UnitOperations.tree(em, scope));
  }

  @Override
  public Set<Long> unitIds(UnitScope scope) {
    return transactor.inTransaction(em -> UnitOperations.ids(em, scope));
  }

  @Override
  public Set<Long> subtreeUnitIds(UnitScope scope, long unitId) {
    return transactor.inTransaction(em -> UnitOperations.subtreeIds(em, scope, unitId));
  }

  @Override
  public UnitView unit(UnitScope scope, long unitId) {
    return transactor.inTransaction(em -> UnitOperations.find(em, scope, unitId).toView());
  }

  @Override
  public UnitView createUnit(UnitScope scope, ChangeContext change, UnitData unit) {
    return write(scope, change, session -> UnitOperations.create(session, unit));
  }

  @Override
  public UnitView updateUnit(UnitScope scope, ChangeContext change, long unitId, UnitData unit) {
    return write(scope, change, session -> UnitOperations.update(session, unitId, unit));
  }

  @Override
  public UnitView moveUnit(
      UnitScope scope, ChangeContext change, long unitId, UnitMoveRequest move) {
    return write(scope, change, session -> UnitOperations.move(session, unitId, move));
  }

  @Override
  public void deleteUnit(UnitScope scope, ChangeContext change, long unitId, long expectedVersion) {
    write(
        scope,
        change,
        session -> {
          UnitOperations.delete(session, unitId, expectedVersion);
          return null;
        });
  }

  @Override
  public List<UnitMove> unitMoves(UnitScope scope, long unitId) {
    return transactor.inTransaction(em -> UnitOperations.moves(em, scope, unitId));
  }

  @Override
  public Page<PersonSummary> findPeople(UnitScope scope, PersonQuery query) {
    return transactor.inTransaction(em -> PersonQueries.find(em, scope, query, today()));
  }

  @Override
  public PersonDetails person(UnitScope scope, long personId) {
    return transactor.inTransaction(
        em -> PersonOperations.details(em, PersonOperations.find(em, scope, personId), today()));
  }

  @Override
  public PersonRecord personRecord(UnitScope scope, long personId) {
    return transactor.inTransaction(
        em -> PersonOperations.record(em, PersonOperations.find(em, scope, personId)));
  }

  @Override
  public PersonDetails createPerson(UnitScope scope, ChangeContext change, PersonData person) {
    return write(scope, change, session -> PersonOperations.create(session, person));
  }

  @Override
  public PersonDetails updatePerson(
      UnitScope scope, ChangeContext change, long personId, PersonData person) {
    return write(scope, change, session -> PersonOperations.update(session, personId, person));
  }

  @Override
  public void deletePerson(
      UnitScope scope, ChangeContext change, long personId, long expectedVersion) {
    write(
        scope,
        change,
        session -> {
          PersonOperations.delete(session, personId, expectedVersion);
          return null;
        });
  }

  @Override
  public <R extends HistoryRow> List<R> history(
      UnitScope scope, long personId, HistoryKind<R> kind) {
    return transactor.inTransaction(
        em -> {
          PersonOperations.find(em, scope, personId);
          return HistoryOperations.list(em, personId, kind);
        });
  }

  @Override
  public <R extends HistoryRow> R historyRow(
      UnitScope scope, long personId, HistoryKind<R> kind, long rowId) {
    return transactor.inTransaction(
        em -> {
          PersonOperations.find(em, scope, personId);
          return HistoryOperations.find(em, personId, kind, rowId);
        });
  }

  @Override
  public <R extends HistoryRow> R addHistoryRow(
      UnitScope scope, ChangeContext change, long personId, HistoryKind<R> kind, R row) {
    return write(
        scope,
        change,
        session -> HistoryOperations.add(session, person(session, personId), kind, row));
  }

  @Override
  public <R extends HistoryRow> R updateHistoryRow(
      UnitScope scope,
      ChangeContext change,
      long personId,
      HistoryKind<R> kind,
      long rowId,
      R row) {
    return write(
        scope,
        change,
        session -> HistoryOperations.update(session, person(session, personId), kind, rowId, row));
  }

  @Override
  public void deleteHistoryRow(
      UnitScope scope,
      ChangeContext change,
      long personId,
      HistoryKind<?> kind,
      long rowId,
      long expectedVersion) {
    write(
        scope,
        change,
        session -> {
          HistoryOperations.delete(
              session, person(session, personId), kind, rowId, expectedVersion);
          return null;
        });
  }

  @Override
  public Page<AuditEntry> audit(UnitScope scope, AuditQuery query) {
    return transactor.inTransaction(
        em -> {
          if (query.unitId() != null) {
            UnitOperations.find(em, scope, query.unitId());
          }
          if (query.personId() != null) {
            PersonOperations.find(em, scope, query.personId());
          }
          return AuditLog.find(em, scope, query);
        });
  }

  @Override
  public BulkWriteResult write(
      UnitScope scope, ChangeContext change, List<PersonCandidate> candidates, BulkWriteMode mode) {
    return new BulkWrite((s, c, work) -> write(s, c, work), candidates, mode).run(scope, change);
  }

  private static PersonEntity person(ChangeSession session, long personId) {
    return PersonOperations.find(session.em(), session.scope(), personId);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private <T> T write(UnitScope scope, ChangeContext change, Function<ChangeSession, T> work) {
    return writes.run(scope, change, work);
  }
}
