/** Health checks that plugins contribute to the health endpoint. */
@Version("1.0.0")
package vn.hoso.api.health;

import org.osgi.annotation.versioning.Version;
