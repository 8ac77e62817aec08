package vn.hoso.records.internal.demo;

import vn.hoso.records.internal.demo.MinistryLayout.UnitTemplate;

/**
 * A unit of one copy of the ministry, as the generator needs it for its people.
 *
 * @param template the unit's template
 * @param code the unit's code in the data set
 * @param fullName the unit's name followed by the names of the units above it up to the ministry,
 *     as work history writes it, for example "Phòng Tổng hợp, Văn phòng Bộ, Bộ Phát triển Đô thị"
 * @param ministryName the name of the copy's ministry
 * @param decisionSuffix the issuer part of decision numbers, for example "BPTDT"
 * @param personnelSigner who signs the salary and rank decisions of the unit's staff
 * @param appointmentSigner who signs the appointments to the unit's leadership posts
 */
record UnitContext(
    UnitTemplate template,
    String code,
    String fullName,
    String ministryName,
    String decisionSuffix,
    String personnelSigner,
    String appointmentSigner) {}
