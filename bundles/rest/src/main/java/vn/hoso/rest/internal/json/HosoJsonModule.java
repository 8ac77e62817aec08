package vn.hoso.rest.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.PersonDetails;
import vn.hoso.api.personnel.UnitData;
import vn.hoso.api.personnel.UnitNode;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.api.record.PartialDate;

/**
 * How the API's types look in JSON: a {@link PartialDate} is the string {@code 1988-02-29}, {@code
 * 1988-02} or {@code 1988}; a person and a unit node are flat objects; and the read-only fields a
 * client gets back from a GET are ignored when it sends the same object in a PUT.
 */
public final class HosoJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  public HosoJsonModule() {
    super("hoso");
    addSerializer(PartialDate.class, new PartialDateSerializer());
    addDeserializer(PartialDate.class, new PartialDateDeserializer());
    setMixInAnnotation(PersonDetails.class, PersonDetailsMixin.class);
    setMixInAnnotation(PersonData.class, PersonDataMixin.class);
    setMixInAnnotation(UnitNode.class, UnitNodeMixin.class);
    setMixInAnnotation(UnitData.class, UnitDataMixin.class);
  }

  private static final class PartialDateSerializer extends JsonSerializer<PartialDate> {
    @Override
    public void serialize(PartialDate value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(value.toIsoString());
    }
  }

  private static final class PartialDateDeserializer extends JsonDeserializer<PartialDate> {
    @Override
    public PartialDate deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return (PartialDate)
            context.handleUnexpectedToken(PartialDate.class, parser.currentToken(), parser, null);
      }
      String text = parser.getText();
      try {
        return PartialDate.parse(text);
      } catch (IllegalArgumentException e) {
        throw context.weirdStringException(
            text, PartialDate.class, "expected yyyy-MM-dd, yyyy-MM or yyyy");
      }
    }
  }

  /** Writes the person's fields beside {@code id} rather than in a nested object. */
  private abstract static class PersonDetailsMixin {
    @JsonUnwrapped
    abstract PersonData data();
  }

  /** Accepts a person as a GET returned it; the derived fields are not stored. */
  @JsonIgnoreProperties({"id", "identityNumberLegacy", "unitName", "currentSalary"})
  private abstract static class PersonDataMixin {}

  /** Writes a unit's fields beside {@code children}. */
  private abstract static class UnitNodeMixin {
    @JsonUnwrapped
    abstract UnitView unit();
  }

  /** Accepts a unit as a GET returned it. */
  @JsonIgnoreProperties({"id"})
  private abstract static class UnitDataMixin {}
}
