package vn.hoso.api.record;

import java.util.Objects;

/**
 * The evaluation of one year.
 *
 * @param id the row's identifier
 * @param year the evaluated year
 * @param rating the rating given
 */
public record EvaluationEntry(long id, int year, EvaluationRating rating) {

  public EvaluationEntry {
    Objects.requireNonNull(rating, "rating");
  }
}
