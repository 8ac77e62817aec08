/**
 * Change requests: an employee proposes a change to their own record, and a personnel officer in
 * scope approves it, which applies it through the record service, or rejects it with a reason.
 */
@Version("1.0.0")
package vn.hoso.api.personnel.change;

import org.osgi.annotation.versioning.Version;
