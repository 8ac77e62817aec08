/** The database and schema state that the health endpoint reports. */
@Version("1.0.0")
package vn.hoso.api.system;

import org.osgi.annotation.versioning.Version;
