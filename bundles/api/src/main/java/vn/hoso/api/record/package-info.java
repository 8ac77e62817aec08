/**
 * One person's record as plugins read it: immutable snapshots of the Mẫu 2C résumé fields and the
 * effective-dated history tables that the law counts time on.
 *
 * <p>These types carry no persistence annotations; the records bundle maps them to its tables.
 * Warning rules and report forms receive them and must not assume any list is sorted unless its
 * documentation says so.
 */
@Version("1.1.0")
package vn.hoso.api.record;

import org.osgi.annotation.versioning.Version;
