package vn.hoso.records.internal.person;

import java.util.List;
import vn.hoso.records.internal.persistence.ChangeSession;
import vn.hoso.records.internal.unit.Scopes;
import vn.hoso.records.internal.unit.UnitEntity;

/**
 * The database reads that the checks of a person's fields make. A single write reads them one by
 * one; a bulk write serves them from what it read once for many people.
 */
public interface PersonLookups {

  /** Returns the unit, or null when it does not exist. */
  UnitEntity unit(long unitId);

  /** Returns whether the unit is in the scope of the session's caller. */
  boolean inScope(long unitId);

  /** Returns the ids of the stored people with this identity number. */
  List<Long> identityNumberHolders(String identityNumber);

  /** Returns look-ups that read the database on every call, within the session's transaction. */
  static PersonLookups of(ChangeSession session) {
    return new PersonLookups() {
      @Override
      public UnitEntity unit(long unitId) {
        return session.em().find(UnitEntity.class, unitId);
      }

      @Override
      public boolean inScope(long unitId) {
        return Scopes.contains(session.em(), session.scope(), unitId);
      }

      @Override
      public List<Long> identityNumberHolders(String identityNumber) {
        return session
            .em()
            .createQuery(
                "SELECT p.id FROM PersonEntity p WHERE p.identityNumber = :number", Long.class)
            .setParameter("number", identityNumber)
            .getResultList();
      }
    };
  }
}
