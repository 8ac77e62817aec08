package vn.hoso.warning.salary.internal;

import vn.hoso.api.record.DisciplineForm;
import vn.hoso.api.record.EvaluationRating;
import vn.hoso.api.record.NonCountedKind;

/** Vietnamese names of record codes for titles and reasoning lines. */
final class Labels {

  private Labels() {}

  static String discipline(DisciplineForm form) {
    return switch (form) {
      case KHIEN_TRACH -> "khiển trách";
      case CANH_CAO -> "cảnh cáo";
      case HA_BAC_LUONG -> "hạ bậc lương";
      case GIANG_CHUC -> "giáng chức";
      case CACH_CHUC -> "cách chức";
      case BUOC_THOI_VIEC -> "buộc thôi việc";
    };
  }

  static String rating(EvaluationRating rating) {
    return switch (rating) {
      case XUAT_SAC -> "hoàn thành xuất sắc nhiệm vụ";
      case TOT -> "hoàn thành tốt nhiệm vụ";
      case HOAN_THANH -> "hoàn thành nhiệm vụ";
      case HOAN_THANH_HAN_CHE_NANG_LUC -> "hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực";
      case KHONG_HOAN_THANH -> "không hoàn thành nhiệm vụ";
    };
  }

  static String nonCounted(NonCountedKind kind) {
    return switch (kind) {
      case UNPAID_LEAVE -> "nghỉ việc riêng không hưởng lương";
      case STUDY_OVERRUN -> "đi học, công tác quá thời hạn được duyệt";
      case SUSPENSION -> "đình chỉ công tác";
      case CUSTODY -> "tạm giữ, tạm giam";
      case PROBATION -> "tập sự";
      case WAITING_RETIREMENT -> "nghỉ chờ hưu";
    };
  }
}
