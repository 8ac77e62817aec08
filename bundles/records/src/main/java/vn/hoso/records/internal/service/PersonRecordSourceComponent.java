package vn.hoso.records.internal.service;

import java.util.Collection;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.PersonRecordSource;
import vn.hoso.api.system.MigratedSchema;
import vn.hoso.records.internal.persistence.Transactor;
import vn.hoso.records.internal.person.PersonOperations;

/**
 * Reads whole records in batches for background work such as the warning engine. Each batch is one
 * query for the people and one per history table, whatever the batch size.
 */
@Component(service = PersonRecordSource.class)
public final class PersonRecordSourceComponent implements PersonRecordSource {

  private final Transactor transactor;

  @Activate
  public PersonRecordSourceComponent(
      @Reference(target = "(osgi.unit.name=hoso)") JpaTemplate jpa,
      @Reference(target = "(" + MigratedSchema.OWNER_PROPERTY + "=vn.hoso.records)")
          MigratedSchema recordsSchema) {
    this(new JpaTemplateTransactor(jpa));
  }

  PersonRecordSourceComponent(Transactor transactor) {
    this.transactor = transactor;
  }

  @Override
  public List<Long> personIds(long afterId, int limit) {
    return transactor.inTransaction(
        em ->
            em.createQuery(
                    "SELECT p.id FROM PersonEntity p WHERE p.id > :afterId ORDER BY p.id",
                    Long.class)
                .setParameter("afterId", afterId)
                .setMaxResults(limit)
                .getResultList());
  }

  @Override
  public List<PersonRecord> load(Collection<Long> personIds) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    return transactor.inTransaction(em -> PersonOperations.recordsByIds(em, personIds));
  }

  @Override
  public long count() {
    return transactor.inTransaction(
        em -> em.createQuery("SELECT COUNT(p) FROM PersonEntity p", Long.class).getSingleResult());
  }
}
