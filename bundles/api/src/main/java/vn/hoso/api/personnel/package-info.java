/**
 * The record service: units, people, their history tables and the audit log, with the input and
 * output types of each operation and the failures it reports.
 */
@Version("1.2.0")
package vn.hoso.api.personnel;

import org.osgi.annotation.versioning.Version;
