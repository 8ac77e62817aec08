package vn.hoso.importsupport.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderDictionaryTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Họ và tên                    | FULL_NAME",
        "HỌ VÀ TÊN                    | FULL_NAME",
        "Họ tên                       | FULL_NAME",
        "Họ và tên khai sinh          | FULL_NAME",
        "Họ và tên đệm                | FAMILY_AND_MIDDLE_NAME",
        "Tên                          | GIVEN_NAME",
        "Ngày, tháng, năm sinh        | BIRTH_DATE",
        "Ngày sinh                    | BIRTH_DATE",
        "Ngày sinh (dd/mm/yyyy)       | BIRTH_DATE",
        "Năm sinh                     | BIRTH_DATE",
        "Số CCCD                      | IDENTITY_NUMBER",
        "Số định danh cá nhân         | IDENTITY_NUMBER",
        "CMND/CCCD                    | IDENTITY_NUMBER",
        "Số CMND                      | IDENTITY_NUMBER",
        "Số hiệu cán bộ, công chức    | CIVIL_SERVANT_NUMBER",
        "Mã ngạch                     | RANK_CODE",
        "Mã số ngạch                  | RANK_CODE",
        "Ngạch                        | RANK_NAME",
        "Hệ số lương                  | SALARY_COEFFICIENT",
        "Hệ số                        | SALARY_COEFFICIENT",
        "Bậc                          | SALARY_STEP",
        "Bậc lương                    | SALARY_STEP",
        "Ngày hưởng                   | SALARY_EFFECTIVE_DATE",
        "Thời điểm hưởng              | SALARY_EFFECTIVE_DATE",
        "Giới tính                    | SEX",
        "Chức vụ                      | POSITION",
        "Phụ cấp chức vụ              | POSITION_ALLOWANCE",
        "Đơn vị công tác              | UNIT_NAME",
        "Phòng, ban                   | UNIT_NAME",
        "Đối tượng                    | CATEGORY",
        "Dân tộc                      | ETHNICITY",
        "Quê quán                     | HOME_TOWN",
        "Ghi chú                      | NOTE",
        "STT                          | SEQUENCE",
        "Số TT                        | SEQUENCE",
        "Nữ                           | FEMALE_MARK",
        "Nam                          | MALE_MARK",
        "Hä vµ tªn                    | FULL_NAME",
        "Ngµy, th¸ng, n¨m sinh        | BIRTH_DATE",
        "Hoï vaø teân                 | FULL_NAME",
      })
  void headers(String header, HeaderRole role) {
    assertEquals(Optional.of(role), HeaderDictionary.match(header));
  }

  @ParameterizedTest(name = "\"{0}\" is not a column")
  @CsvSource({"Năm", "DANH SÁCH CÁN BỘ", "Ký tên", "''"})
  void unknownHeaders(String header) {
    assertEquals(Optional.empty(), HeaderDictionary.match(header));
  }

  @ParameterizedTest(name = "\"{0}\" over \"{1}\" is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ngày, tháng, năm sinh | Nam      | BIRTH_DATE_MALE",
        "Ngày, tháng, năm sinh | Nữ       | BIRTH_DATE_FEMALE",
        "Năm sinh              | Nữ       | BIRTH_DATE_FEMALE",
        "Giới tính             | Nữ       | FEMALE_MARK",
        "Ngạch, bậc lương      | Mã số    | RANK_CODE",
        "Ngạch, bậc lương      | Tên      | RANK_NAME",
        "Ngạch, bậc lương      | Bậc      | SALARY_STEP",
        "Lương hiện hưởng      | Hệ số    | SALARY_COEFFICIENT",
        "Lương hiện hưởng      | Ngày hưởng | SALARY_EFFECTIVE_DATE",
        "Số CCCD               | Số       | IDENTITY_NUMBER",
        "Họ và tên             | Tên      | GIVEN_NAME",
      })
  void twoLevelHeaders(String group, String sub, HeaderRole role) {
    assertEquals(Optional.of(role), HeaderDictionary.resolve(group, sub));
  }

  @Test
  void issueDateUnderIdentityIsNotRead() {
    assertEquals(Optional.empty(), HeaderDictionary.resolve("Số CCCD", "Ngày cấp"));
  }
}
