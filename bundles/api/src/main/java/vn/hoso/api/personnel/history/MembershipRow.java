package vn.hoso.api.personnel.history;

import java.time.LocalDate;
import vn.hoso.api.record.LegalDecision;

/**
 * Membership of the party or a socio-political organisation. Memberships of the same organisation
 * must not overlap.
 *
 * @param id the row's identifier
 * @param version the row's version
 * @param organisation the organisation; required
 * @param organisationName the organisation's name when it is {@link Organisation#OTHER}
 * @param joinedOn when the person joined (ngày vào Đảng for the party); required
 * @param officialOn when the membership became official (ngày chính thức), or null
 * @param leftOn when the membership ended, or null
 * @param position the post held in the organisation
 * @param decision the admission decision, or null
 */
public record MembershipRow(
    Long id,
    Long version,
    Organisation organisation,
    String organisationName,
    LocalDate joinedOn,
    LocalDate officialOn,
    LocalDate leftOn,
    String position,
    LegalDecision decision)
    implements HistoryRow {}
