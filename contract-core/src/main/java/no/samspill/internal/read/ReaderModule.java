package no.samspill.internal.read;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import no.samspill.model.MeasureValue;
import no.samspill.model.PrincipleEntry;

/** The reader's additions to Jackson: the two polymorphic values, and recovery for every value. */
final class ReaderModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    ReaderModule() {
        super("samspill-reader");
        addDeserializer(MeasureValue.class, new MeasureValueDeserializer());
        addDeserializer(String.class, new TranslatableText.Contextual());
        setDeserializerModifier(new Recovering());
    }

    private static final class Recovering extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            JsonDeserializer<?> own = type == PrincipleEntry.class ? new PrincipleEntryDeserializer(deserializer) : deserializer;
            return new RecoveringDeserializer(own, type);
        }

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new RecoveringDeserializer(deserializer, type.getRawClass());
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new RecoveringDeserializer(deserializer, type.getRawClass());
        }

        @Override
        public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new RecoveringDeserializer(deserializer, type.getRawClass());
        }
    }
}
