/**
 * Authentication, roles and user accounts.
 *
 * <p>{@link vn.hoso.api.security.AuthenticationService} turns a username and password into signed
 * bearer tokens and tokens back into a {@link vn.hoso.api.security.Caller}. {@link
 * vn.hoso.api.security.UserAdministration} creates and changes accounts. Both throw {@link
 * vn.hoso.api.security.AuthenticationException} or {@link
 * vn.hoso.api.security.UserAccountException}, whose stable codes the REST API returns in its
 * problem responses.
 */
@Version("1.1.0")
package vn.hoso.api.security;

import org.osgi.annotation.versioning.Version;
