package vn.hoso.records.internal.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.system.DatabaseInfo;
import vn.hoso.api.system.DatabaseStatus;
import vn.hoso.api.system.MigratedSchema;
import vn.hoso.api.system.SchemaStatus;

/** Reads the database product and this installation, and collects every bundle's schema state. */
@Component(service = DatabaseStatus.class)
public final class DatabaseStatusService implements DatabaseStatus {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseStatusService.class);

  private final DataSource dataSource;
  private final JpaTemplate jpa;
  private final Installation installation;
  private final List<MigratedSchema> schemas = new CopyOnWriteArrayList<>();

  /**
   * Starts once the persistence unit exists and the records schema is migrated, and records the
   * installation on the first start against an empty database.
   */
  @Activate
  public DatabaseStatusService(
      @Reference(target = "(osgi.jndi.service.name=hoso)") DataSource dataSource,
      @Reference(target = "(osgi.unit.name=hoso)") JpaTemplate jpa,
      @Reference(target = "(" + MigratedSchema.OWNER_PROPERTY + "=vn.hoso.records)")
          MigratedSchema recordsSchema) {
    this.dataSource = dataSource;
    this.jpa = jpa;
    this.installation = jpa.txExpr(TransactionType.Required, DatabaseStatusService::findOrCreate);
  }

  private static Installation findOrCreate(javax.persistence.EntityManager em) {
    List<Installation> existing =
        em.createQuery("SELECT i FROM Installation i", Installation.class).getResultList();
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    // Both databases store microseconds; a nanosecond value would read back differently.
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    Installation created = new Installation(UUID.randomUUID().toString(), now);
    em.persist(created);
    LOG.info("Recorded new installation '{}' in an empty database", created.getId());
    return created;
  }

  @Reference(
      service = MigratedSchema.class,
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC)
  void addSchema(MigratedSchema schema) {
    schemas.add(schema);
  }

  void removeSchema(MigratedSchema schema) {
    schemas.remove(schema);
  }

  @Override
  public DatabaseInfo database() {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      return new DatabaseInfo(
          metaData.getDatabaseProductName(),
          metaData.getDatabaseProductVersion(),
          installation.getId(),
          installation.getInstalledAt().toInstant());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot connect to the database: " + e.getMessage(), e);
    }
  }

  @Override
  public List<SchemaStatus> schemas() {
    return schemas.stream()
        .map(MigratedSchema::status)
        .sorted(Comparator.comparing(SchemaStatus::owner))
        .toList();
  }
}
