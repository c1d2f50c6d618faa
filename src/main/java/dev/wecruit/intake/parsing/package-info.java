/**
 * Offline CV parsing: proposes a candidate's name, contacts, location, work history, education, skills, years of
 * experience and languages from a {@link dev.wecruit.platform.documents.ReadDocument}, with a confidence and the
 * text range of each value so the UI can highlight where it came from.
 *
 * <p>Internal to the {@code intake} module: its public types are what {@code dev.wecruit.intake} builds on
 * ({@link dev.wecruit.intake.parsing.CvParser}, {@link dev.wecruit.intake.parsing.CvFields},
 * {@link dev.wecruit.intake.parsing.SkillTaxonomy}); no other module should use them directly. The parser is plain
 * Java with no Spring beans, deterministic and explainable: rules over headings, wording and layout, a skills
 * taxonomy ({@code skills/skills.tsv}) and a places list ({@code places/}), all shipped with the application.
 */
package dev.wecruit.intake.parsing;
