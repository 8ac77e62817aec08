package vn.hoso.records.internal.person;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import vn.hoso.records.internal.text.WordTriples;

/**
 * Three distinct words of a person's names without diacritics, for searches of three words or more.
 */
@Entity
@Table(name = "person_name_triple")
@IdClass(PersonNameTripleEntity.Key.class)
public class PersonNameTripleEntity {

  @Id
  @Column(name = "person_id")
  private long personId;

  /** The key of the three words ({@link WordTriples#key}). */
  @Id
  @Column(name = "words", length = WordTriples.MAX_KEY_LENGTH)
  private String words;

  /** The person's {@code sort_key}, so that the index on the words lists people in name order. */
  @Column(name = "sort_key", nullable = false)
  private byte[] sortKey;

  protected PersonNameTripleEntity() {}

  PersonNameTripleEntity(long personId, String words, byte[] sortKey) {
    this.personId = personId;
    this.words = words;
    this.sortKey = sortKey;
  }

  /** The composite primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private long personId;
    private String words;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.personId == personId
          && Objects.equals(key.words, words);
    }

    @Override
    public int hashCode() {
      return Objects.hash(personId, words);
    }
  }
}
