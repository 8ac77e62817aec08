package vn.hoso.rest.internal.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.hoso.api.security.Role;

/**
 * Limits a resource class or method to callers with at least one of the roles; {@link RoleFilter}
 * rejects everyone else with 403. An annotation on the method replaces the one on the class.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {
  Role[] value();
}
