package vn.hoso.security.internal.jaas;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.sql.DataSource;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.ldap.LDAPLoginModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.system.MigratedSchema;
import vn.hoso.security.internal.password.PasswordHasher;
import vn.hoso.security.internal.store.Database;
import vn.hoso.security.internal.store.UserStore;

/**
 * The Karaf JAAS realm {@value #NAME}: the users table, and a directory when {@link
 * LdapConfiguration} names one.
 *
 * <p>Without a directory the local module is {@code required}. With one, both modules are {@code
 * sufficient}: the users table is tried first and the directory second. A configuration change
 * replaces the modules without restarting the realm.
 */
@Component(
    service = JaasRealm.class,
    configurationPid = LdapConfiguration.PID,
    configurationPolicy = ConfigurationPolicy.OPTIONAL,
    property = HosoRealm.REALM_PROPERTY + "=" + HosoRealm.NAME)
@Designate(ocd = LdapConfiguration.class)
public final class HosoRealm implements JaasRealm {

  private static final Logger LOG = LoggerFactory.getLogger(HosoRealm.class);

  public static final String NAME = "hoso";

  /** Service property with the realm name, for references that need this realm. */
  public static final String REALM_PROPERTY = "hoso.jaas.realm";

  static final String URL_OPTION = "connection.url";

  /** Properties that configuration admin and DS add; they are not login module options. */
  private static final List<String> FRAMEWORK_PREFIXES =
      List.of("service.", "component.", "felix.", "objectClass", REALM_PROPERTY);

  private final BundleContext context;
  private final LocalCredentials credentials;
  private volatile AppConfigurationEntry[] entries;

  @Activate
  public HosoRealm(
      BundleContext context,
      @Reference(target = "(osgi.jndi.service.name=hoso)") DataSource dataSource,
      @Reference(target = "(" + MigratedSchema.OWNER_PROPERTY + "=vn.hoso.security)")
          MigratedSchema schema,
      Map<String, Object> properties) {
    this.context = context;
    this.credentials =
        new LocalCredentials(
            new Database(dataSource), new UserStore(), new PasswordHasher(), Clock.systemUTC());
    this.entries = createEntries(properties);
  }

  @Modified
  void modified(Map<String, Object> properties) {
    this.entries = createEntries(properties);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public int getRank() {
    return 0;
  }

  @Override
  public AppConfigurationEntry[] getEntries() {
    return entries.clone();
  }

  private AppConfigurationEntry[] createEntries(Map<String, Object> properties) {
    Map<String, Object> directory = directoryOptions(properties);
    Map<String, Object> local = Map.of(LocalLoginModule.CREDENTIALS_OPTION, credentials);
    if (directory.isEmpty()) {
      LOG.info("JAAS realm '{}' checks passwords against the users table", NAME);
      return new AppConfigurationEntry[] {
        entry(LocalLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, local)
      };
    }
    LOG.info(
        "JAAS realm '{}' checks passwords against the users table, then the directory at '{}'",
        NAME,
        directory.get(URL_OPTION));
    return new AppConfigurationEntry[] {
      entry(LocalLoginModule.class.getName(), LoginModuleControlFlag.SUFFICIENT, local),
      entry(LDAPLoginModule.class.getName(), LoginModuleControlFlag.SUFFICIENT, directory)
    };
  }

  /**
   * Returns the options of Karaf's LDAP login module, as strings because it reads them so, with the
   * defaults of {@link LdapConfiguration} for missing ones, or an empty map when no server URL is
   * configured.
   */
  static Map<String, Object> directoryOptions(Map<String, Object> properties) {
    Object url = properties.get(URL_OPTION);
    if (url == null || url.toString().isBlank()) {
      return Map.of();
    }
    Map<String, Object> options = new HashMap<>();
    properties.forEach(
        (key, value) -> {
          if (value != null && FRAMEWORK_PREFIXES.stream().noneMatch(key::startsWith)) {
            options.put(key, value.toString());
          }
        });
    // The defaults of LdapConfiguration; Karaf's module fails on a missing user filter.
    options.putIfAbsent("user.filter", "(uid=%u)");
    options.putIfAbsent("user.search.subtree", "true");
    options.putIfAbsent("authentication", "simple");
    return options;
  }

  /**
   * Wraps a login module in Karaf's proxy module, which loads the class through this bundle; the
   * bundle imports the LDAP module's package for that.
   */
  private AppConfigurationEntry entry(
      String moduleClass, LoginModuleControlFlag flag, Map<String, Object> moduleOptions) {
    Map<String, Object> options = new HashMap<>(moduleOptions);
    options.put(BundleContext.class.getName(), context);
    options.put(ProxyLoginModule.PROPERTY_MODULE, moduleClass);
    options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
    return new AppConfigurationEntry(ProxyLoginModule.class.getName(), flag, options);
  }
}
