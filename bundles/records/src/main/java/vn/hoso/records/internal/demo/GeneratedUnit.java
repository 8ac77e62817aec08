package vn.hoso.records.internal.demo;

/**
 * A unit of the generated data, before it has an identifier.
 *
 * @param code the unit's code, unique in the data set
 * @param name the unit's name
 * @param kindCode the code of {@code ref_unit_kind}
 * @param parentCode the code of the unit it belongs to, or null for a top-level unit
 * @param active whether the unit still exists
 */
public record GeneratedUnit(
    String code, String name, String kindCode, String parentCode, boolean active) {}
