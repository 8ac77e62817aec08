package vn.hoso.records.internal.persistence;

import javax.persistence.Column;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.MappedSuperclass;
import javax.persistence.SequenceGenerator;
import javax.persistence.Version;

/**
 * An entity with an identifier from {@code record_id_seq} and a version for optimistic locking.
 *
 * <p>Identifiers come from a database sequence rather than identity columns: EclipseLink 2.7
 * generates {@code BIGINT IDENTITY} DDL and statements that H2 2.x rejects, while sequences work
 * the same on H2 and PostgreSQL. EclipseLink reserves {@value #ALLOCATION_SIZE} values per call,
 * which must equal the sequence's increment in the migrations.
 */
@MappedSuperclass
public abstract class VersionedEntity {

  /** Values EclipseLink takes from the sequence per call; the sequences increment by as many. */
  public static final int ALLOCATION_SIZE = 50;

  /** Name of the generator of {@code record_id_seq}, for entities without a version. */
  public static final String RECORD_ID_GENERATOR = "record_id";

  @Id
  @SequenceGenerator(
      name = RECORD_ID_GENERATOR,
      sequenceName = "record_id_seq",
      allocationSize = ALLOCATION_SIZE)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = RECORD_ID_GENERATOR)
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** Returns the identifier, or null before the entity is persisted and flushed. */
  public Long getId() {
    return id;
  }

  /** Returns the version: 1 after the insert, one more after each update. */
  public long getVersion() {
    return version;
  }
}
