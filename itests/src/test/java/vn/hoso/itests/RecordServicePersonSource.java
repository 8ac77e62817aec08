package vn.hoso.itests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import vn.hoso.api.personnel.Page;
import vn.hoso.api.personnel.PersonQuery;
import vn.hoso.api.personnel.PersonSort;
import vn.hoso.api.personnel.PersonSummary;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.PersonRecordSource;
import vn.hoso.api.scope.UnitScope;

/**
 * A {@link PersonRecordSource} over the record service, which the warning engine needs to start.
 * The tests register it only when the distribution provides none, with the lowest ranking, so a
 * source of the records bundle always wins. It reads every person once per call, which suits the
 * few people of a test and nothing more.
 */
final class RecordServicePersonSource implements PersonRecordSource {

  private final RecordService records;

  private RecordServicePersonSource(RecordService records) {
    this.records = records;
  }

  /** Registers a source over {@code records} unless a {@link PersonRecordSource} exists. */
  static synchronized void registerIfMissing(BundleContext context, RecordService records) {
    if (context.getServiceReference(PersonRecordSource.class) != null) {
      return;
    }
    Dictionary<String, Object> properties = new Hashtable<>();
    properties.put(Constants.SERVICE_RANKING, Integer.MIN_VALUE);
    context.registerService(
        PersonRecordSource.class, new RecordServicePersonSource(records), properties);
  }

  @Override
  public List<Long> personIds(long afterId, int limit) {
    return allIds().stream().filter(id -> id > afterId).sorted().limit(limit).toList();
  }

  @Override
  public List<PersonRecord> load(Collection<Long> personIds) {
    List<PersonRecord> loaded = new ArrayList<>();
    for (long personId : personIds) {
      try {
        loaded.add(records.personRecord(UnitScope.all(), personId));
      } catch (RecordNotFoundException e) {
        // The person was deleted after their id was listed; the interface skips such ids.
      }
    }
    return loaded;
  }

  @Override
  public long count() {
    return allIds().size();
  }

  private List<Long> allIds() {
    List<Long> ids = new ArrayList<>();
    int page = 0;
    Page<PersonSummary> people;
    do {
      people = records.findPeople(UnitScope.all(), query(page++));
      people.items().forEach(person -> ids.add(person.id()));
    } while ((long) page * PersonQuery.MAX_SIZE < people.total());
    return ids;
  }

  private static PersonQuery query(int page) {
    return new PersonQuery(
        null,
        null,
        Set.of(),
        null,
        null,
        null,
        null,
        PersonSort.NAME,
        false,
        page,
        PersonQuery.MAX_SIZE);
  }
}
