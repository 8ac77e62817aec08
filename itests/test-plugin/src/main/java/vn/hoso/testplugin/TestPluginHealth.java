package vn.hoso.testplugin;

import org.osgi.service.component.annotations.Component;
import vn.hoso.api.health.HealthCheck;
import vn.hoso.api.health.HealthIndicator;

/**
 * The service this plugin contributes; the health endpoint lists it while the plugin is installed.
 */
@Component
public final class TestPluginHealth implements HealthIndicator {

  static final String ID = "test-plugin";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public HealthCheck check() {
    return HealthCheck.up("Plugin kiểm thử đang chạy");
  }
}
