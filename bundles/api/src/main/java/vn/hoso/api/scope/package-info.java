/**
 * The unit scope a caller works in. {@link vn.hoso.api.scope.UnitScope#readableBy} and {@link
 * vn.hoso.api.scope.UnitScope#writableBy} derive it from the caller's roles; the record services
 * filter every read and write by it.
 */
@Version("1.1.0")
package vn.hoso.api.scope;

import org.osgi.annotation.versioning.Version;
