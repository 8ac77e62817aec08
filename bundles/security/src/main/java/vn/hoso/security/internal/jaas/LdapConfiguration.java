package vn.hoso.security.internal.jaas;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration {@value #PID}: the directory (LDAP or Active Directory) that the {@code hoso} realm
 * also checks passwords against. Without {@code connection.url} the realm uses only the users
 * table.
 *
 * <p>Every property is passed to Karaf's {@code LDAPLoginModule} unchanged, so its other options
 * ({@code context.*}, {@code ssl.*}, {@code disableCache}, ...) work as Karaf documents them. Only
 * the common ones are listed here.
 */
@ObjectClassDefinition(
    id = LdapConfiguration.PID,
    name = "Hoso directory login",
    description =
        "LDAP or Active Directory server that the hoso JAAS realm checks passwords against")
public @interface LdapConfiguration {

  String PID = "vn.hoso.security.ldap";

  @AttributeDefinition(
      name = "Server URL",
      description = "For example ldaps://ad.bo.gov.vn:636; empty turns directory logins off",
      required = false)
  String connection_url() default "";

  @AttributeDefinition(
      name = "Search user",
      description = "DN of the account that searches for users; empty for an anonymous search",
      required = false)
  String connection_username() default "";

  @AttributeDefinition(
      name = "Search password",
      description = "Password of the search account",
      type = AttributeType.PASSWORD,
      required = false)
  String connection_password() default "";

  @AttributeDefinition(
      name = "User base DN",
      description = "Where users are searched, for example ou=users,dc=bo,dc=gov,dc=vn",
      required = false)
  String user_base_dn() default "";

  @AttributeDefinition(
      name = "User filter",
      description =
          "LDAP filter that finds a user; %u is the username, for example (sAMAccountName=%u)",
      required = false)
  String user_filter() default "(uid=%u)";

  @AttributeDefinition(
      name = "Search subtree",
      description = "Whether users are searched below the base DN as well",
      required = false)
  boolean user_search_subtree() default true;

  @AttributeDefinition(
      name = "Authentication",
      description = "JNDI authentication mechanism: simple or none",
      required = false)
  String authentication() default "simple";

  @AttributeDefinition(
      name = "TLS",
      description = "Whether to use TLS on an ldaps:// connection",
      required = false)
  boolean ssl() default false;
}
