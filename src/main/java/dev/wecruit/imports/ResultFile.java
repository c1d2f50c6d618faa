package dev.wecruit.imports;

/** An import's file given back with its result column, to download. */
public record ResultFile(String fileName, String contentType, byte[] content) {
}
