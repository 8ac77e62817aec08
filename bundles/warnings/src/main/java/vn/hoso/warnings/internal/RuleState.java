package vn.hoso.warnings.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The last complete computation of a rule for everyone.
 *
 * @param bundleVersion version of the rule's bundle that computed it
 * @param asOf the reference date it used
 * @param completedAt when it finished
 */
record RuleState(String bundleVersion, LocalDate asOf, Instant completedAt) {}
