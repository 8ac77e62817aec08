package vn.hoso.api.personnel;

import java.math.BigDecimal;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;

/**
 * One row of the people list.
 *
 * @param id the person's identifier
 * @param version the current version
 * @param fullName họ và tên
 * @param familyName họ
 * @param middleName tên đệm, empty when there is none
 * @param givenName tên
 * @param category the legal category
 * @param sex the sex
 * @param birthDate the birth date and how much of it is known
 * @param unitId the person's unit, or null when the person has none
 * @param unitName the name of that unit, or null
 * @param rankCode the rank code of the latest salary row by effective date (which may take effect
 *     later), or null
 * @param salaryStep the step of that row, or null
 * @param salaryCoefficient the coefficient of that row, or null
 * @param jobPosition vị trí việc làm, or null
 */
public record PersonSummary(
    long id,
    long version,
    String fullName,
    String familyName,
    String middleName,
    String givenName,
    PersonCategory category,
    Sex sex,
    PartialDate birthDate,
    Long unitId,
    String unitName,
    String rankCode,
    Integer salaryStep,
    BigDecimal salaryCoefficient,
    String jobPosition) {}
