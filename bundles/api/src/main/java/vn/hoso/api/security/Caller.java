package vn.hoso.api.security;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The authenticated user behind a request, as {@link AuthenticationService#authenticate} returns
 * it. Roles and units are read from the database on every authentication, so a change by an
 * administrator applies to the next request.
 *
 * @param userId identifier of the user account
 * @param username login name, in lower case
 * @param roles the roles of the user; empty while {@code passwordChangeRequired} is set
 * @param unitIds ids of the units the user is assigned to, as decimal text; each is the root of a
 *     subtree that {@link Role#UNIT_OFFICER} and {@link Role#LEADER} may see
 * @param personId id of the user's own person record as decimal text, or {@code null} when the user
 *     has none
 * @param passwordChangeRequired whether the user must change the password before doing anything
 *     else; services reject every other operation of such a caller
 */
public record Caller(
    UUID userId,
    String username,
    Set<Role> roles,
    Set<String> unitIds,
    String personId,
    boolean passwordChangeRequired) {

  /** Positive decimal numbers up to 18 digits, which always fit a {@code long}. */
  private static final Pattern RECORD_ID = Pattern.compile("[1-9][0-9]{0,17}");

  public Caller {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(username, "username");
    roles = Set.copyOf(roles);
    unitIds = Set.copyOf(unitIds);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** Returns whether the caller holds at least one of the given roles. */
  public boolean hasAnyRole(Set<Role> wanted) {
    return wanted.stream().anyMatch(roles::contains);
  }

  /**
   * Returns the unit ids as the record service's unit ids. {@link UserAdministration} accepts only
   * positive whole numbers since version 1.1 of this package; an id stored before that which is not
   * one is left out, so it grants no unit.
   */
  public Set<Long> unitIdsAsLong() {
    Set<Long> ids = new LinkedHashSet<>();
    for (String unitId : unitIds) {
      Long id = parseRecordId(unitId);
      if (id != null) {
        ids.add(id);
      }
    }
    return Set.copyOf(ids);
  }

  /**
   * Returns the person id as the record service's person id, or {@code null} when the user has none
   * or it is not a positive whole number.
   */
  public Long personIdAsLong() {
    return parseRecordId(personId);
  }

  /**
   * Returns the record id written in the text, or {@code null} when the text is not a positive
   * whole number of at most 18 digits.
   */
  public static Long parseRecordId(String text) {
    if (text == null || !RECORD_ID.matcher(text).matches()) {
      return null;
    }
    return Long.parseLong(text);
  }
}
