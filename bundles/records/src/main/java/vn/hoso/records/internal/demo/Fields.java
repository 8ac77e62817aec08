package vn.hoso.records.internal.demo;

import java.util.List;
import vn.hoso.records.internal.demo.MinistryLayout.Domain;

/** Fields of study and schools of the generated people, by the work of their unit. */
final class Fields {

  private Fields() {}

  static List<String> of(Domain domain) {
    return switch (domain) {
      case GENERAL ->
          List.of(
              "Luật",
              "Hành chính học",
              "Quản trị nhân lực",
              "Kinh tế",
              "Quan hệ quốc tế",
              "Ngôn ngữ Anh",
              "Quản lý nhà nước");
      case CLERICAL -> List.of("Lưu trữ học", "Văn thư - Lưu trữ", "Quản trị văn phòng");
      case SERVICES -> List.of("Quản trị văn phòng", "Kinh tế", "Hành chính học");
      case FINANCE -> List.of("Kế toán", "Tài chính - Ngân hàng", "Kiểm toán");
      case INSPECTION -> List.of("Luật", "Kinh tế xây dựng", "Xây dựng dân dụng và công nghiệp");
      case SPECIALIST ->
          List.of(
              "Xây dựng dân dụng và công nghiệp",
              "Kỹ thuật hạ tầng đô thị",
              "Kinh tế xây dựng",
              "Kiến trúc",
              "Quy hoạch vùng và đô thị",
              "Cấp thoát nước",
              "Quản lý đô thị");
      case PARTY -> List.of("Xây dựng Đảng và chính quyền nhà nước", "Triết học", "Luật");
      case IT -> List.of("Công nghệ thông tin", "Khoa học máy tính", "An toàn thông tin");
      case RESEARCH ->
          List.of("Quy hoạch vùng và đô thị", "Kiến trúc", "Kinh tế đô thị", "Địa lý học");
      case TEACHING -> List.of("Quản lý đô thị", "Kinh tế", "Quy hoạch vùng và đô thị", "Luật");
      case PRESS -> List.of("Báo chí", "Ngữ văn", "Kiến trúc");
    };
  }

  /** Universities, as training rows name them. */
  static final List<String> UNIVERSITIES =
      List.of(
          "Trường Đại học Xây dựng Hà Nội",
          "Trường Đại học Kiến trúc Hà Nội",
          "Trường Đại học Kinh tế Quốc dân",
          "Trường Đại học Luật Hà Nội",
          "Học viện Hành chính Quốc gia",
          "Học viện Tài chính",
          "Trường Đại học Bách khoa Hà Nội",
          "Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội",
          "Trường Đại học Công nghệ, Đại học Quốc gia Hà Nội",
          "Học viện Ngoại giao",
          "Trường Đại học Giao thông vận tải",
          "Trường Đại học Thủy lợi",
          "Học viện Báo chí và Tuyên truyền",
          "Trường Đại học Nội vụ Hà Nội");

  static final List<String> COLLEGES =
      List.of(
          "Trường Cao đẳng Xây dựng số 1",
          "Trường Cao đẳng Nội vụ Hà Nội",
          "Trường Trung cấp Kinh tế - Kỹ thuật Hà Nội",
          "Trường Cao đẳng Kinh tế - Kỹ thuật Thương mại");
}
