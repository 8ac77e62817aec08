/**
 * Building blocks shared by rule plugins: effective-dated reference tables read from text
 * resources, the retirement-age computation of Bộ luật Lao động 2019 Art. 169 and Nghị định
 * 135/2020/NĐ-CP Art. 4, and Vietnamese formatting for reasoning lines.
 *
 * <p>Everything here is pure and holds no legal figures: the retirement-age roadmap, salary
 * intervals and the like come from each plugin's own reference data, so a new decree changes data,
 * not this package. The retirement computation lives here because more than one rule needs it (the
 * retirement rule and the reappointment rule) and rule bundles may depend on the API only.
 */
@Version("1.0.0")
package vn.hoso.api.rules;

import org.osgi.annotation.versioning.Version;
