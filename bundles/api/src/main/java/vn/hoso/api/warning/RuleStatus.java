package vn.hoso.api.warning;

import java.time.Instant;

/**
 * An installed warning rule and the state of its background computation.
 *
 * @param ruleId the rule's identifier
 * @param title the rule's Vietnamese title
 * @param bundle symbolic name of the bundle that registered the rule
 * @param version version of that bundle
 * @param computing whether a computation for everyone is running
 * @param processed people processed by the running or the last computation
 * @param total people the running or the last computation covers
 * @param completedAt when the last computation for everyone finished, or null before the first
 */
public record RuleStatus(
    String ruleId,
    String title,
    String bundle,
    String version,
    boolean computing,
    long processed,
    long total,
    Instant completedAt) {}
