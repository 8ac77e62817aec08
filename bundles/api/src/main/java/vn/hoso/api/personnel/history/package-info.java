/**
 * The history tables of a person (salary, leadership terms, work history, training, awards,
 * discipline, evaluations, non-counted periods, family, memberships, military service, labour
 * contracts, retirement adjustments) as the record service reads and writes them.
 */
@Version("1.0.0")
package vn.hoso.api.personnel.history;

import org.osgi.annotation.versioning.Version;
