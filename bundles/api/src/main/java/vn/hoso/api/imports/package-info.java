/**
 * The import adapter SPI: services that read a staff list file (Excel, CSV, ...) and turn it into
 * candidate rows for the import engine, which maps, validates and commits them.
 *
 * <p>An adapter only reads. It never writes records, never looks people up, and never decides
 * whether a row is acceptable beyond what the file itself says: a date that cannot be read is a
 * problem of the row, a date in the future is for the engine's validation.
 */
@Version("1.2.0")
package vn.hoso.api.imports;

import org.osgi.annotation.versioning.Version;
