package dev.wecruit.intake.parsing;

/**
 * A degree, diploma or school record.
 *
 * @param institution   may be null when only the qualification was recognised
 * @param qualification may be null when only the institution was recognised
 * @param fromYear      nullable
 * @param toYear        nullable; the graduation year when only one year is written; null while ongoing
 */
public record Study(String institution, String qualification, Integer fromYear, Integer toYear) {
}
