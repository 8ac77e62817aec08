package vn.hoso.records.internal.demo;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/** A list of choices, each picked with the probability of its weight. Immutable. */
final class Weighted<T> {

  private final List<T> choices;
  private final int[] cumulative;

  private Weighted(List<T> choices, int[] cumulative) {
    this.choices = choices;
    this.cumulative = cumulative;
  }

  static <T> Weighted<T> of(List<T> choices, ToIntFunction<T> weight) {
    int[] cumulative = new int[choices.size()];
    int total = 0;
    for (int i = 0; i < choices.size(); i++) {
      int w = weight.applyAsInt(choices.get(i));
      if (w < 0) {
        throw new IllegalArgumentException("Negative weight " + w + " of " + choices.get(i));
      }
      total += w;
      cumulative[i] = total;
    }
    if (total == 0) {
      throw new IllegalArgumentException("No choice has a weight: " + choices);
    }
    return new Weighted<>(List.copyOf(choices), cumulative);
  }

  /**
   * Returns choices given as alternating values and weights, for example {@code "Văn", 40, "Đức",
   * 8}.
   */
  @SuppressWarnings("unchecked")
  static <T> Weighted<T> ofPairs(Object... valuesAndWeights) {
    if (valuesAndWeights.length % 2 != 0) {
      throw new IllegalArgumentException("Expected values and weights in pairs");
    }
    List<Object[]> pairs = new java.util.ArrayList<>();
    for (int i = 0; i < valuesAndWeights.length; i += 2) {
      pairs.add(new Object[] {valuesAndWeights[i], valuesAndWeights[i + 1]});
    }
    Weighted<Object[]> weighted = of(pairs, pair -> (Integer) pair[1]);
    List<T> values = pairs.stream().map(pair -> (T) pair[0]).toList();
    return new Weighted<>(values, weighted.cumulative);
  }

  T pick(SplittableRandom random) {
    int target = random.nextInt(cumulative[cumulative.length - 1]);
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (cumulative[middle] > target) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return choices.get(low);
  }
}
