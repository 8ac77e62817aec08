/**
 * The unit scope a caller works in. The authentication layer derives it from the caller's roles;
 * the record services filter every read and write by it.
 */
@Version("1.0.0")
package vn.hoso.api.scope;

import org.osgi.annotation.versioning.Version;
