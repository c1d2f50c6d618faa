package dev.wecruit.platform.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link SealedBytes} in a {@code bytea} column. Pure mapping: no key is involved. */
@Converter(autoApply = true)
public class SealedBytesConverter implements AttributeConverter<SealedBytes, byte[]> {

    @Override
    public byte[] convertToDatabaseColumn(SealedBytes attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public SealedBytes convertToEntityAttribute(byte[] column) {
        return column == null ? null : new SealedBytes(column);
    }
}
