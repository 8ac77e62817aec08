package vn.hoso.api.personnel.history;

import java.time.LocalDate;
import vn.hoso.api.record.LegalDecision;

/**
 * A labour contract (hợp đồng lao động). Contracts of one person must not overlap.
 *
 * @param id the row's identifier
 * @param version the row's version
 * @param contractNumber the contract's number
 * @param type the type; required
 * @param startDate the first day; required
 * @param endDate the last day of a fixed-term contract (required for it, at most 36 months after
 *     the start); null for an indefinite one
 * @param terminatedOn when the contract ended before its end date, or null
 * @param jobTitle the work the contract is for
 * @param decision the contract's signing: number, date and signer for the employer
 */
public record LabourContractRow(
    Long id,
    Long version,
    String contractNumber,
    ContractType type,
    LocalDate startDate,
    LocalDate endDate,
    LocalDate terminatedOn,
    String jobTitle,
    LegalDecision decision)
    implements HistoryRow {}
