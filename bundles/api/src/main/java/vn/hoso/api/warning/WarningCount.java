package vn.hoso.api.warning;

/**
 * The number of warnings of one rule for the people of one unit, for a dashboard.
 *
 * @param ruleId the rule
 * @param unitId the unit, or null for people without a unit
 * @param overdue warnings whose due date has passed
 * @param upcoming warnings due today or later
 */
public record WarningCount(String ruleId, Long unitId, long overdue, long upcoming) {}
