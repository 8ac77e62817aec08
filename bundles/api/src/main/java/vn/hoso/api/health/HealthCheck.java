package vn.hoso.api.health;

import java.util.Objects;

/**
 * Result of one {@link HealthIndicator#check()}.
 *
 * @param up whether the checked part works
 * @param message a short Vietnamese sentence for the administrator
 */
public record HealthCheck(boolean up, String message) {

  public HealthCheck {
    Objects.requireNonNull(message, "message");
  }

  public static HealthCheck up(String message) {
    return new HealthCheck(true, message);
  }

  public static HealthCheck down(String message) {
    return new HealthCheck(false, message);
  }
}
