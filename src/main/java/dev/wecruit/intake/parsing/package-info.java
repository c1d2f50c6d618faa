/**
 * Offline CV parsing: proposes a candidate's name, contacts, location, work history, education, skills, years of
 * experience and languages from a {@link dev.wecruit.platform.documents.ReadDocument}, with a confidence and the
 * text range of each value so the UI can highlight where it came from.
 *
 * <p>A named interface of the {@code intake} module: {@code dev.wecruit.intake} builds on its public types
 * ({@link dev.wecruit.intake.parsing.CvParser}, {@link dev.wecruit.intake.parsing.CvFields}), and matching reads
 * requirements and profiles with its {@link dev.wecruit.intake.parsing.SkillTaxonomy}. The parser is plain
 * Java with no Spring beans, deterministic and explainable: rules over headings, wording and layout, a skills
 * taxonomy ({@code skills/skills.tsv}) and a places list ({@code places/}), all shipped with the application.
 */
@org.springframework.modulith.NamedInterface("parsing")
package dev.wecruit.intake.parsing;
