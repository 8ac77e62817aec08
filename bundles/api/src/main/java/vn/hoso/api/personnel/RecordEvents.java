package vn.hoso.api.personnel;

/**
 * The OSGi events the record service posts through EventAdmin after a change is committed. A change
 * that was rolled back posts nothing; without EventAdmin, changes are stored and no event is
 * posted.
 */
public final class RecordEvents {

  /** Topic of the event posted after each committed change to a person or their history. */
  public static final String CHANGED_TOPIC = "hoso/record/CHANGED";

  /** Event property with the changed person's identifier, a {@code Long}. */
  public static final String PERSON_ID = "person.id";

  /** Event property with the changed table, for example {@code salary_history}. */
  public static final String TABLE = "table";

  /** Event property with {@code INSERT}, {@code UPDATE} or {@code DELETE}. */
  public static final String OPERATION = "operation";

  private RecordEvents() {}
}
