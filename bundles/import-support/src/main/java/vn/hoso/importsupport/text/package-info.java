/**
 * Rules for the text of Vietnamese staff lists, shared by the import adapters: cleaning and folding
 * text, the legacy TCVN3 and VNI encodings, name capitalisation, and reading dates, numbers,
 * identity numbers and codes from cells.
 *
 * <p>Everything here is a pure function of its input, safe from any thread.
 */
@Version("1.0.0")
package vn.hoso.importsupport.text;

import org.osgi.annotation.versioning.Version;
