package vn.hoso.rest.internal.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChangeRequestResourceTest {

  @Test
  void attachmentNameHasAsciiFallback() {
    String header = ChangeRequestResource.contentDisposition("giấy khai sinh \"mới\".pdf");

    assertEquals(
        "attachment; filename=\"gi_y khai sinh _m_i_.pdf\";"
            + " filename*=UTF-8''gi%E1%BA%A5y%20khai%20sinh%20%22m%E1%BB%9Bi%22.pdf",
        header);
  }
}
