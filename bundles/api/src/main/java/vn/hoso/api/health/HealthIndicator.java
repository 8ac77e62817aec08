package vn.hoso.api.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A check that a plugin contributes to {@code GET /api/v1/health}.
 *
 * <p>Register an implementation as an OSGi service. The health endpoint collects every registered
 * indicator through a dynamic reference, so installing or removing the plugin adds or removes its
 * entry without restarting anything else.
 *
 * <p>Threading: {@link #check()} is called concurrently from HTTP request threads, must be
 * thread-safe, and should return within a few hundred milliseconds because the health answer waits
 * for it.
 */
@ConsumerType
public interface HealthIndicator {

  /**
   * Service property with the indicator's stable identifier, for example {@code "import-xlsx"}.
   * Optional: without it the health endpoint uses {@link #id()}.
   */
  String ID_PROPERTY = "hoso.health.id";

  /** Stable identifier in kebab case, shown as the key of this entry. */
  String id();

  /** Evaluates the check now. An exception thrown here is reported as {@link HealthCheck#down}. */
  HealthCheck check();
}
