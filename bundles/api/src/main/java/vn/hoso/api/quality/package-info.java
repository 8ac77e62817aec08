/**
 * Data-quality checks of the personnel records: per person, per unit subtree and as counts for a
 * dashboard, each limited to the caller's unit scope.
 */
@Version("2.0.0")
package vn.hoso.api.quality;

import org.osgi.annotation.versioning.Version;
