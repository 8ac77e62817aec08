package vn.hoso.api.personnel;

import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.HistoryRow;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.scope.UnitScope;

/**
 * The only write path for units, people and their history tables, and the reads that go with it.
 *
 * <p>Every method takes the caller's {@link UnitScope}: rows outside it behave as if they did not
 * exist ({@link RecordNotFoundException}), and a write that would place a person or unit outside it
 * fails with {@link OutOfScopeException}. The scope's own person can be read but not written,
 * because a write works in the scope's units only.
 *
 * <p>Each write runs in one transaction that stores the change and one audit entry per changed
 * field, and either all of it is stored or none. Before writing, the input is validated and every
 * problem found is reported at once in a {@link ValidationException}. Updates and deletes name the
 * version the caller read; when the row has changed since, they fail with {@link
 * StaleVersionException}. After a change to a person or their history is committed, an event is
 * posted on {@link RecordEvents#CHANGED_TOPIC}.
 *
 * <p>Input text is stored in Unicode NFC with surrounding white space removed.
 *
 * <p>Threading: implementations are thread-safe.
 */
@ProviderType
public interface RecordService {

  /** Returns the units in scope as trees: one per scope root, or every top-level unit. */
  List<UnitNode> unitTree(UnitScope scope);

  /**
   * Returns the ids of every unit in scope, every unit for the scope of all units. The scope's own
   * person adds no unit.
   */
  Set<Long> unitIds(UnitScope scope);

  /**
   * Returns the ids of a unit and of every unit below it.
   *
   * @throws RecordNotFoundException when the unit does not exist or is outside the scope
   */
  Set<Long> subtreeUnitIds(UnitScope scope, long unitId);

  /**
   * Returns one unit.
   *
   * @throws RecordNotFoundException when it does not exist or is outside the scope
   */
  UnitView unit(UnitScope scope, long unitId);

  /**
   * Creates a unit under {@link UnitData#parentId()}, or a top-level unit when that is null.
   *
   * @throws ValidationException when the input is invalid
   * @throws OutOfScopeException when the parent is outside the scope, or for a top-level unit
   *     unless the scope is all units
   */
  UnitView createUnit(UnitScope scope, ChangeContext change, UnitData unit);

  /**
   * Updates a unit; a changed parent moves it, effective today.
   *
   * @throws RecordNotFoundException when it does not exist or is outside the scope
   * @throws StaleVersionException when {@link UnitData#version()} is not the current version
   * @throws ValidationException when the input is invalid
   * @throws OutOfScopeException when the new parent is outside the scope
   */
  UnitView updateUnit(UnitScope scope, ChangeContext change, long unitId, UnitData unit);

  /**
   * Moves a unit, with its subtree and people, under another parent and keeps the move in the
   * unit's history.
   *
   * @throws RecordNotFoundException when it does not exist or is outside the scope
   * @throws StaleVersionException when {@link UnitMoveRequest#version()} is not current
   * @throws ValidationException when the new parent is the unit itself or below it
   * @throws OutOfScopeException when the new parent is outside the scope
   */
  UnitView moveUnit(UnitScope scope, ChangeContext change, long unitId, UnitMoveRequest move);

  /**
   * Deletes a unit that has no units below it, no people and no history rows naming it. Units that
   * were in use are deactivated instead, with {@link #updateUnit}.
   *
   * @throws RecordNotFoundException when it does not exist or is outside the scope
   * @throws StaleVersionException when {@code expectedVersion} is not the current version
   * @throws ValidationException with code {@code unit-in-use} when something refers to it
   */
  void deleteUnit(UnitScope scope, ChangeContext change, long unitId, long expectedVersion);

  /**
   * Returns the moves of a unit, oldest first.
   *
   * @throws RecordNotFoundException when it does not exist or is outside the scope
   */
  List<UnitMove> unitMoves(UnitScope scope, long unitId);

  /**
   * Returns one page of the people in scope that match the query. The total counts at most {@link
   * PersonQuery#COUNT_LIMIT} people, or {@link PersonQuery#SEARCH_COUNT_LIMIT} when the query has
   * text. When more match, it is that number and {@link Page#totalExact()} is false.
   */
  Page<PersonSummary> findPeople(UnitScope scope, PersonQuery query);

  /**
   * Returns one person's fields.
   *
   * @throws RecordNotFoundException when the person does not exist or is outside the scope
   */
  PersonDetails person(UnitScope scope, long personId);

  /**
   * Returns one person's record with the history tables the legal rules read.
   *
   * @throws RecordNotFoundException when the person does not exist or is outside the scope
   */
  PersonRecord personRecord(UnitScope scope, long personId);

  /**
   * Creates a person. Name parts not given are derived from the full name: the first word is the
   * family name, the last word the given name and the words between the middle name. A person
   * without a unit can only be stored with the scope of all units; for any other scope the unit is
   * required.
   *
   * @throws ValidationException when the input is invalid
   * @throws OutOfScopeException when the unit is outside the scope
   */
  PersonDetails createPerson(UnitScope scope, ChangeContext change, PersonData person);

  /**
   * Replaces a person's fields.
   *
   * @throws RecordNotFoundException when the person does not exist or is outside the scope
   * @throws StaleVersionException when {@link PersonData#version()} is not the current version
   * @throws ValidationException when the input is invalid
   * @throws OutOfScopeException when the new unit is outside the scope
   */
  PersonDetails updatePerson(
      UnitScope scope, ChangeContext change, long personId, PersonData person);

  /**
   * Deletes a person with every history row; the audit log keeps their values.
   *
   * @throws RecordNotFoundException when the person does not exist or is outside the scope
   * @throws StaleVersionException when {@code expectedVersion} is not the current version
   */
  void deletePerson(UnitScope scope, ChangeContext change, long personId, long expectedVersion);

  /**
   * Returns the rows of one history table of a person, in the table's natural order (by date or
   * year, oldest first).
   *
   * @throws RecordNotFoundException when the person does not exist or is outside the scope
   */
  <R extends HistoryRow> List<R> history(UnitScope scope, long personId, HistoryKind<R> kind);

  /**
   * Returns one history row.
   *
   * @throws RecordNotFoundException when the person or row does not exist, the row belongs to
   *     another person, or the person is outside the scope
   */
  <R extends HistoryRow> R historyRow(
      UnitScope scope, long personId, HistoryKind<R> kind, long rowId);

  /**
   * Adds a history row. A change to the salary history also copies rank, step and coefficient of
   * the latest salary row onto the person, which gives the person a new version.
   *
   * @throws RecordNotFoundException when the person does not exist or is outside the scope
   * @throws ValidationException when the input is invalid
   */
  <R extends HistoryRow> R addHistoryRow(
      UnitScope scope, ChangeContext change, long personId, HistoryKind<R> kind, R row);

  /**
   * Replaces a history row.
   *
   * @throws RecordNotFoundException when the person or row does not exist or is outside the scope
   * @throws StaleVersionException when the row's {@link HistoryRow#version()} is not current
   * @throws ValidationException when the input is invalid
   */
  <R extends HistoryRow> R updateHistoryRow(
      UnitScope scope, ChangeContext change, long personId, HistoryKind<R> kind, long rowId, R row);

  /**
   * Deletes a history row.
   *
   * @throws RecordNotFoundException when the person or row does not exist or is outside the scope
   * @throws StaleVersionException when {@code expectedVersion} is not the current version
   */
  void deleteHistoryRow(
      UnitScope scope,
      ChangeContext change,
      long personId,
      HistoryKind<?> kind,
      long rowId,
      long expectedVersion);

  /**
   * Returns one page of the audit log within the scope, newest first. Entries of deleted people
   * stay visible through the unit they were in.
   *
   * @throws RecordNotFoundException when {@link AuditQuery#unitId()} is outside the scope
   */
  Page<AuditEntry> audit(UnitScope scope, AuditQuery query);
}
