package vn.hoso.api.record;

import java.util.Collection;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads people's whole records in batches, for background work over everyone such as recomputing
 * warnings. It reads every person regardless of unit: callers must not hand its results to a user
 * without filtering them by that user's scope.
 */
@ProviderType
public interface PersonRecordSource {

  /** Returns up to {@code limit} person identifiers greater than {@code afterId}, ascending. */
  List<Long> personIds(long afterId, int limit);

  /**
   * Loads the records of the given people with all their history rows. Identifiers of people that
   * do not exist are skipped; the result is in no particular order.
   */
  List<PersonRecord> load(Collection<Long> personIds);

  /** Returns the number of people stored. */
  long count();
}
