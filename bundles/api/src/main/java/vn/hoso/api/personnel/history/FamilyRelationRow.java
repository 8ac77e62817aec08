package vn.hoso.api.personnel.history;

/**
 * A relative, on the person's side or the spouse's side (quan hệ gia đình).
 *
 * @param id the row's identifier
 * @param version the row's version
 * @param side whose family the relative belongs to; required
 * @param relation the relation, for example "Bố", "Mẹ", "Vợ", "Con"; required
 * @param fullName the relative's full name; required
 * @param birthYear the relative's year of birth
 * @param homeTown quê quán
 * @param occupation nghề nghiệp
 * @param workplace nơi công tác
 * @param residence nơi ở
 * @param note other facts the form asks for
 */
public record FamilyRelationRow(
    Long id,
    Long version,
    FamilySide side,
    String relation,
    String fullName,
    Integer birthYear,
    String homeTown,
    String occupation,
    String workplace,
    String residence,
    String note)
    implements HistoryRow {}
