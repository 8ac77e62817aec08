package vn.hoso.warnings.internal;

import vn.hoso.api.warning.WarningRule;

/**
 * A bound {@link WarningRule} service with the identity of the bundle that registered it.
 *
 * @param ruleId the value of the rule's id service property
 * @param rule the service
 * @param bundle symbolic name of the registering bundle
 * @param version version of the registering bundle
 */
record InstalledRule(String ruleId, WarningRule rule, String bundle, String version) {}
