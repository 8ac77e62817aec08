package vn.hoso.api.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Values that change over time by key, each taking effect on a date and applying until the next
 * value of the same key takes effect. A new decree adds a value with a later date and leaves the
 * older values in place for the events that still fall under them.
 *
 * <p>Immutable once built, and therefore safe to share between threads.
 *
 * @param <K> the key, for example a salary type
 * @param <V> the value, which usually carries its legal basis
 */
public final class DatedTable<K, V> {

  private final Map<K, NavigableMap<LocalDate, V>> values;

  private DatedTable(Map<K, NavigableMap<LocalDate, V>> values) {
    Map<K, NavigableMap<LocalDate, V>> copy = new HashMap<>();
    values.forEach((key, series) -> copy.put(key, new TreeMap<>(series)));
    this.values = copy;
  }

  public static <K, V> Builder<K, V> builder() {
    return new Builder<>();
  }

  /**
   * Returns the value of {@code key} in force on {@code date}: the one with the latest effective
   * date on or before it. Empty when the key is unknown or every value of it takes effect later.
   */
  public Optional<V> at(K key, LocalDate date) {
    NavigableMap<LocalDate, V> series = values.get(key);
    if (series == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(series.floorEntry(date)).map(Map.Entry::getValue);
  }

  /**
   * Returns the value of {@code key} in force on {@code date}, or its earliest value when {@code
   * date} precedes every value, for tables whose first row also stands for the years before it.
   * Empty only when the key is unknown.
   */
  public Optional<V> atOrFirst(K key, LocalDate date) {
    NavigableMap<LocalDate, V> series = values.get(key);
    if (series == null) {
      return Optional.empty();
    }
    Map.Entry<LocalDate, V> entry = series.floorEntry(date);
    return Optional.of(entry != null ? entry.getValue() : series.firstEntry().getValue());
  }

  /** Returns the date from which {@code key} has a value, empty when the key is unknown. */
  public Optional<LocalDate> firstEffectiveDate(K key) {
    NavigableMap<LocalDate, V> series = values.get(key);
    return series == null ? Optional.empty() : Optional.of(series.firstKey());
  }

  /** Returns every value of {@code key} by effective date, empty when the key is unknown. */
  public NavigableMap<LocalDate, V> history(K key) {
    NavigableMap<LocalDate, V> series = values.get(key);
    return series == null
        ? Collections.emptyNavigableMap()
        : Collections.unmodifiableNavigableMap(series);
  }

  public Set<K> keys() {
    return Set.copyOf(values.keySet());
  }

  /** Collects values; not thread-safe. */
  public static final class Builder<K, V> {

    private final Map<K, NavigableMap<LocalDate, V>> values = new HashMap<>();

    private Builder() {}

    /**
     * Adds the value that {@code key} takes from {@code effectiveFrom}.
     *
     * @throws IllegalArgumentException when the key already has a value from that date
     */
    public Builder<K, V> put(K key, LocalDate effectiveFrom, V value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(effectiveFrom, "effectiveFrom");
      Objects.requireNonNull(value, "value");
      V previous =
          values.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(effectiveFrom, value);
      if (previous != null) {
        throw new IllegalArgumentException(
            "Two values of '" + key + "' take effect on " + effectiveFrom + ": keep one");
      }
      return this;
    }

    public DatedTable<K, V> build() {
      return new DatedTable<>(values);
    }
  }
}
