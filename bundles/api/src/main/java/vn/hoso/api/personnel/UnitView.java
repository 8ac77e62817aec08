package vn.hoso.api.personnel;

/**
 * A unit as stored.
 *
 * @param id the unit's identifier
 * @param code the unit's code
 * @param name the unit's name
 * @param kindCode the kind of unit
 * @param parentId the unit it belongs to, or null for a top-level unit
 * @param active whether the unit still exists
 * @param version the current version
 */
public record UnitView(
    long id,
    String code,
    String name,
    String kindCode,
    Long parentId,
    boolean active,
    long version) {}
