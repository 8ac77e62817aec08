package vn.hoso.api.personnel;

/**
 * The editable fields of a unit, the input of a create or update. Null components are reported by
 * validation where required.
 *
 * @param code a short code unique over all units: letters, digits, '.', '_' or '-'
 * @param name the unit's name, for example "Phòng Tổ chức cán bộ"
 * @param kindCode the kind of unit, a code of the unit kinds list, for example {@code PHONG}
 * @param parentId the unit it belongs to, or null for a top-level unit. An update that changes it
 *     moves the unit, effective today.
 * @param active whether the unit still exists; people can only be added to an active unit. Null
 *     means true.
 * @param version the version the caller read, required on update and ignored on create
 */
public record UnitData(
    String code, String name, String kindCode, Long parentId, Boolean active, Long version) {}
