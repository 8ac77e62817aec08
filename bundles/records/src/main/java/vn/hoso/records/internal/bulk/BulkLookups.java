package vn.hoso.records.internal.bulk;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoso.records.internal.persistence.ChangeSession;
import vn.hoso.records.internal.person.PersonLookups;
import vn.hoso.records.internal.unit.UnitEntity;

/**
 * The look-ups of the person checks for a bulk write. Units and their scope are read once per
 * write, because a bulk write changes no unit. The holders of a chunk's identity numbers come from
 * the chunk's one query, and a number outside the chunk is read on its own.
 */
final class BulkLookups implements PersonLookups {

  private final ChangeSession session;
  private final PersonLookups database;
  private final Map<Long, Optional<UnitEntity>> units = new HashMap<>();
  private final Map<Long, Boolean> unitsInScope = new HashMap<>();
  private Map<String, List<Long>> holders = Map.of();

  BulkLookups(ChangeSession session) {
    this.session = session;
    this.database = PersonLookups.of(session);
  }

  /** Sets the holders of the identity numbers of the chunk now checked; no entry, no holder. */
  void useChunk(Collection<String> identityNumbers, Map<String, List<Long>> holdersByNumber) {
    Map<String, List<Long>> chunk = new HashMap<>();
    for (String number : identityNumbers) {
      chunk.put(number, holdersByNumber.getOrDefault(number, List.of()));
    }
    holders = chunk;
  }

  @Override
  public UnitEntity unit(long unitId) {
    return units.computeIfAbsent(unitId, id -> Optional.ofNullable(database.unit(id))).orElse(null);
  }

  @Override
  public boolean inScope(long unitId) {
    return unitsInScope.computeIfAbsent(unitId, database::inScope);
  }

  /** Returns whether a stored person's unit, which may be null, is in the caller's scope. */
  boolean personInScope(Long unitId) {
    return unitId == null ? session.scope().allUnits() : inScope(unitId);
  }

  @Override
  public List<Long> identityNumberHolders(String identityNumber) {
    List<Long> known = holders.get(identityNumber);
    return known != null ? known : database.identityNumberHolders(identityNumber);
  }
}
