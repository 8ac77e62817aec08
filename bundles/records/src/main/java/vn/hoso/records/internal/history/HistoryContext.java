package vn.hoso.records.internal.history;

import java.time.LocalDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.records.internal.persistence.ChangeSession;
import vn.hoso.records.internal.person.PersonEntity;
import vn.hoso.records.internal.reference.ReferenceData;

/**
 * The person and the write session that the rules of a history table check a row against.
 *
 * @param session the write's session
 * @param person the person the row belongs to
 */
record HistoryContext(ChangeSession session, PersonEntity person) {

  LocalDate today() {
    return session.today();
  }

  ReferenceData reference() {
    return session.reference();
  }

  /** Returns the first day of the known part of the birth date. */
  LocalDate birthDate() {
    return person.getBirthDate().value();
  }

  PersonCategory category() {
    return person.getCategory();
  }
}
