package vn.hoso.api.record;

import java.time.LocalDate;

/**
 * The decision (quyết định) a history row rests on. Any field may be null when the paper record
 * does not give it.
 *
 * @param number the decision number, for example "125/QĐ-BNV"
 * @param signedOn the date the decision was signed
 * @param signer who signed it
 */
public record LegalDecision(String number, LocalDate signedOn, String signer) {}
