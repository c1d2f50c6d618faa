package dev.wecruit.platform.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link SealedText} as its text form. Pure mapping: no key is involved. */
@Converter(autoApply = true)
public class SealedTextConverter implements AttributeConverter<SealedText, String> {

    @Override
    public String convertToDatabaseColumn(SealedText attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public SealedText convertToEntityAttribute(String column) {
        return column == null ? null : new SealedText(column);
    }
}
