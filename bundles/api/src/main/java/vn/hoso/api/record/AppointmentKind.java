package vn.hoso.api.record;

/** How a leadership term began. */
public enum AppointmentKind {
  /** Bổ nhiệm lần đầu: first appointment or promotion to the post. */
  FIRST,
  /** Bổ nhiệm lại: reappointment for a new term. */
  REAPPOINTMENT,
  /** Kéo dài thời gian giữ chức vụ: extension until retirement. */
  EXTENSION
}
