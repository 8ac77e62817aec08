/**
 * The table logic shared by the import adapters: an adapter turns its file into {@link
 * vn.hoso.importsupport.table.SheetRow}s, and {@link vn.hoso.importsupport.table.TableReader} finds
 * the header among title rows, understands two-level headers, skips the column numbering row,
 * follows section rows, stops at the signature rows and reads every cell by the rules of {@link
 * vn.hoso.importsupport.text}.
 */
@Version("1.0.0")
package vn.hoso.importsupport.table;

import org.osgi.annotation.versioning.Version;
