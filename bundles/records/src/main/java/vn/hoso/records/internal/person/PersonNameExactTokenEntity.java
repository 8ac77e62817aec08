package vn.hoso.records.internal.person;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One word of a person's names in its exact form, for ranking search results. */
@Entity
@Table(name = "person_name_exact_token")
@IdClass(PersonNameExactTokenEntity.Key.class)
public class PersonNameExactTokenEntity {

  @Id
  @Column(name = "person_id")
  private long personId;

  @Id
  @Column(name = "token", length = 50)
  private String token;

  /** The person's {@code sort_key}, so that the index on the word lists people in name order. */
  @Column(name = "sort_key", nullable = false)
  private byte[] sortKey;

  protected PersonNameExactTokenEntity() {}

  PersonNameExactTokenEntity(long personId, String token, byte[] sortKey) {
    this.personId = personId;
    this.token = token;
    this.sortKey = sortKey;
  }

  /** The composite primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private long personId;
    private String token;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.personId == personId
          && Objects.equals(key.token, token);
    }

    @Override
    public int hashCode() {
      return Objects.hash(personId, token);
    }
  }
}
