/**
 * The warning-rule SPI: plugins register {@link vn.hoso.api.warning.WarningRule} services that turn
 * one person's record into dated events (a salary step falling due, a retirement, the end of a
 * leadership term), and the warning engine keeps those events current as due items.
 */
@Version("1.1.0")
package vn.hoso.api.warning;

import org.osgi.annotation.versioning.Version;
