package vn.hoso.api.quality;

import org.osgi.annotation.versioning.ProviderType;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.scope.UnitScope;

/**
 * Finds problems in the stored records: empty résumé fields, contradicting dates, salary
 * coefficients outside the tables, leaders without an open term, people in units that no longer
 * exist, people recorded twice, and old identity card numbers. {@link QualityCheck} describes each
 * check.
 *
 * <p>Every result comes from SQL over the stored rows and nothing is kept between calls, so a fix
 * shows in the next result. Every method takes the caller's {@link UnitScope}: people outside it
 * are neither reported nor counted, and a possible duplicate is reported only when both people are
 * in scope.
 *
 * <p>Threading: implementations are thread-safe.
 */
@ProviderType
public interface DataQuality {

  /** The largest page of {@link #unit}. */
  int MAX_PAGE_SIZE = 500;

  /**
   * Returns the problems of one person's record.
   *
   * @throws RecordNotFoundException when the person does not exist or is outside the scope
   */
  PersonQuality person(UnitScope scope, long personId);

  /**
   * Returns the problem counts of a unit and the units below it, and one page of the problems.
   *
   * @param page the page number, from 0
   * @param size the page size, from 1 to {@value #MAX_PAGE_SIZE}
   * @throws RecordNotFoundException when the unit does not exist or is outside the scope
   * @throws IllegalArgumentException when page or size is out of range
   */
  UnitQuality unit(UnitScope scope, long unitId, int page, int size);

  /** Returns the problem counts of every person in scope, in total and per unit. */
  QualitySummary summary(UnitScope scope);
}
