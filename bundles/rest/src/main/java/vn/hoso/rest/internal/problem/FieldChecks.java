package vn.hoso.rest.internal.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hoso.api.security.Role;

/**
 * Collects the invalid fields of one request, so that the client learns about all of them in one
 * response; {@link #throwIfInvalid()} ends the checks.
 */
public final class FieldChecks {

  private final List<RequestValidationException.Violation> violations = new ArrayList<>();

  /** Returns the value, recording {@code required} when it is {@code null} or empty. */
  public String required(String field, String value) {
    if (value == null || value.isEmpty()) {
      add(field, "required");
    }
    return value;
  }

  /** Returns the value, recording {@code required} when it is {@code null}. */
  public <T> T required(String field, T value) {
    if (value == null) {
      add(field, "required");
    }
    return value;
  }

  /**
   * Parses an optional whole number, recording {@code out-of-range} when it is not a number between
   * min and max.
   *
   * @return the number, or the fallback when the value is {@code null} or invalid
   */
  public int integer(String field, String value, int min, int max, int fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Recorded below like a number out of range.
    }
    add(field, "out-of-range", min, max);
    return fallback;
  }

  /** Parses role names such as {@code UNIT_OFFICER}, recording {@code unknown-role} for others. */
  public Set<Role> roles(String field, List<String> names) {
    if (required(field, names) == null) {
      return Set.of();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      try {
        roles.add(Role.valueOf(name == null ? "" : name.strip()));
      } catch (IllegalArgumentException e) {
        String valid =
            Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));
        add(field + "[" + i + "]", "unknown-role", name, valid);
      }
    }
    return roles;
  }

  /**
   * Returns the strings as a set. A {@code null} list is the empty set, and a {@code null} element
   * becomes an empty string, which the services reject as an invalid id.
   */
  public static Set<String> toSet(List<String> values) {
    if (values == null) {
      return Set.of();
    }
    Set<String> set = new LinkedHashSet<>();
    for (String value : values) {
      set.add(value == null ? "" : value);
    }
    return set;
  }

  /**
   * Ends the checks.
   *
   * @throws RequestValidationException when a field was invalid
   */
  public void throwIfInvalid() {
    if (!violations.isEmpty()) {
      throw new RequestValidationException(violations);
    }
  }

  private void add(String field, String code, Object... arguments) {
    violations.add(
        new RequestValidationException.Violation(
            field, code, Collections.unmodifiableList(Arrays.asList(arguments))));
  }
}
