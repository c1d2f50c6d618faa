package dev.wecruit.bench.cv;

import static dev.wecruit.bench.cv.CvDevSetLayout.DOCX_HEADER_FOOTER;
import static dev.wecruit.bench.cv.CvDevSetLayout.DOCX_HEADINGS;
import static dev.wecruit.bench.cv.CvDevSetLayout.DOCX_TABLE_DATES;
import static dev.wecruit.bench.cv.CvDevSetLayout.DOCX_TABLE_SIDEBAR;
import static dev.wecruit.bench.cv.CvDevSetLayout.DOCX_TEXT_BOX;
import static dev.wecruit.bench.cv.CvDevSetLayout.PDF_HEADER_BAND;
import static dev.wecruit.bench.cv.CvDevSetLayout.PDF_LATEX;
import static dev.wecruit.bench.cv.CvDevSetLayout.PDF_LEFT_SIDEBAR;
import static dev.wecruit.bench.cv.CvDevSetLayout.PDF_ONE_COLUMN;
import static dev.wecruit.bench.cv.CvDevSetLayout.PDF_RIGHT_SIDEBAR;
import static dev.wecruit.bench.cv.CvDevSetLayout.TXT_PLAIN;

import dev.wecruit.bench.cv.CvDevSetAuthor.Persona;
import dev.wecruit.bench.cv.CvDevSetCv.Education;
import dev.wecruit.bench.cv.CvDevSetCv.Link;
import dev.wecruit.bench.cv.CvDevSetCv.Phone;
import dev.wecruit.bench.cv.CvDevSetCv.Role;
import dev.wecruit.bench.cv.CvDevSetCv.SkillGroup;
import dev.wecruit.bench.cv.CvDevSetCv.Spoken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates the labelled CV development set in {@code src/test/resources/cv-devset}: synthetic people rendered as
 * PDF, DOCX and plain-text CVs in eleven layouts, plus {@code labels.json} and a README with the distribution.
 *
 * <p>The set is committed, so the CV-parser benchmark reads the files and never runs this. To regenerate (the
 * output is deterministic; a changed file means the generator changed), from the repository root:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.wecruit.bench.cv.CvDevSetGenerator -Dexec.args=src/test/resources/cv-devset
 * </pre>
 *
 * or without Maven, with the test classpath in {@code $CP}:
 *
 * <pre>
 * javac --release 21 -cp "$CP" -d /tmp/cv-devset-classes src/test/java/dev/wecruit/bench/cv/CvDevSet*.java
 * java -cp "/tmp/cv-devset-classes:$CP" dev.wecruit.bench.cv.CvDevSetGenerator src/test/resources/cv-devset
 * </pre>
 *
 * <p>Independence: this generator knows nothing of the parser it measures. Labels come from the same record that
 * is rendered, and before anything is written the generator extracts each file's text (PDFBox for PDFs, the raw
 * WordprocessingML for DOCX) and fails if a labelled value is not in it.
 */
public final class CvDevSetGenerator {

    private static final long SEED = 20_260_301L;

    /**
     * The plan: six CVs per layout, chosen so each layout sees several professions, countries and languages, and so
     * that people use the layouts they really use (LaTeX for engineers and analysts, Canva-like for designers).
     * Flags: caps (name printed in capitals), familyfirst (family name printed first), long (five roles), years
     * (year-only dates, so the CV states its years of experience), overlap (a side role alongside the main job),
     * address (a full street address), noskills (skills only inside bullets).
     */
    private static final List<List<Persona>> PLAN = List.of(
            List.of(p("gb", "GB", "accountant", "en", PDF_ONE_COLUMN),
                    p("pl", "GB", "warehouse-supervisor", "en", PDF_ONE_COLUMN, "caps", "edu:PL"),
                    p("in", "IN", "software-engineer", "en", PDF_ONE_COLUMN, "overlap"),
                    p("de", "DE", "nurse", "de", PDF_ONE_COLUMN, "address"),
                    p("us", "US", "project-manager", "en", PDF_ONE_COLUMN, "long"),
                    p("ng", "NG", "financial-analyst", "en", PDF_ONE_COLUMN)),
            List.of(p("ie", "IE", "nurse", "en", PDF_LEFT_SIDEBAR),
                    p("fr", "FR", "marketing-manager", "fr", PDF_LEFT_SIDEBAR),
                    p("br", "BR", "graphic-designer", "en", PDF_LEFT_SIDEBAR),
                    p("ar", "AE", "sales-executive", "en", PDF_LEFT_SIDEBAR, "caps"),
                    p("au", "AU", "chef", "en", PDF_LEFT_SIDEBAR, "years"),
                    p("tr", "GB", "customer-service", "en", PDF_LEFT_SIDEBAR, "edu:GB")),
            List.of(p("nl", "NL", "hr-business-partner", "nl", PDF_RIGHT_SIDEBAR),
                    p("cn", "SG", "data-analyst", "en", PDF_RIGHT_SIDEBAR, "familyfirst"),
                    p("gb", "GB", "marketing-manager", "en", PDF_RIGHT_SIDEBAR),
                    p("es", "ES", "sales-executive", "es", PDF_RIGHT_SIDEBAR),
                    p("no", "NO", "mechanical-engineer", "en", PDF_RIGHT_SIDEBAR, "long"),
                    p("us", "US", "hr-business-partner", "en", PDF_RIGHT_SIDEBAR)),
            List.of(p("gb", "GB", "graphic-designer", "en", PDF_HEADER_BAND, "overlap"),
                    p("vn", "VN", "marketing-manager", "en", PDF_HEADER_BAND, "familyfirst"),
                    p("fr", "FR", "chef", "fr", PDF_HEADER_BAND),
                    p("in", "GB", "pharmacist", "en", PDF_HEADER_BAND),
                    p("us", "CA", "sales-executive", "en", PDF_HEADER_BAND),
                    p("ng", "GB", "logistics-manager", "en", PDF_HEADER_BAND, "edu:NG")),
            List.of(p("cz", "IE", "software-engineer", "en", PDF_LATEX, "edu:CZ"),
                    p("de", "DE", "mechanical-engineer", "de", PDF_LATEX),
                    p("in", "US", "data-analyst", "en", PDF_LATEX, "edu:IN"),
                    p("gb", "GB", "civil-engineer", "en", PDF_LATEX),
                    p("cn", "GB", "financial-analyst", "en", PDF_LATEX),
                    p("fr", "FR", "data-analyst", "fr", PDF_LATEX)),
            List.of(p("gb", "GB", "solicitor", "en", DOCX_HEADINGS, "long"),
                    p("ie", "IE", "accountant", "en", DOCX_HEADINGS),
                    p("es", "ES", "teacher", "es", DOCX_HEADINGS),
                    p("se", "SE", "project-manager", "en", DOCX_HEADINGS),
                    p("ar", "GB", "pharmacist", "en", DOCX_HEADINGS),
                    p("us", "US", "electrician", "en", DOCX_HEADINGS, "noskills")),
            List.of(p("de", "DE", "accountant", "de", DOCX_TABLE_DATES),
                    p("gb", "GB", "site-manager", "en", DOCX_TABLE_DATES, "long"),
                    p("pt", "PT", "customer-service", "en", DOCX_TABLE_DATES),
                    p("nl", "NL", "logistics-manager", "nl", DOCX_TABLE_DATES),
                    p("in", "IN", "financial-analyst", "en", DOCX_TABLE_DATES, "address"),
                    p("au", "AU", "teacher", "en", DOCX_TABLE_DATES)),
            List.of(p("fr", "FR", "pharmacist", "fr", DOCX_TABLE_SIDEBAR),
                    p("gb", "GB", "office-manager", "en", DOCX_TABLE_SIDEBAR),
                    p("pl", "PL", "data-analyst", "en", DOCX_TABLE_SIDEBAR),
                    p("br", "BR", "hr-business-partner", "en", DOCX_TABLE_SIDEBAR),
                    p("tr", "DE", "software-engineer", "de", DOCX_TABLE_SIDEBAR, "edu:DE"),
                    p("ng", "NG", "civil-engineer", "en", DOCX_TABLE_SIDEBAR)),
            List.of(p("gb", "GB", "teacher", "en", DOCX_TEXT_BOX),
                    p("es", "ES", "civil-engineer", "es", DOCX_TEXT_BOX),
                    p("ar", "AE", "project-manager", "en", DOCX_TEXT_BOX),
                    p("dk", "DK", "graphic-designer", "en", DOCX_TEXT_BOX),
                    p("ie", "IE", "solicitor", "en", DOCX_TEXT_BOX),
                    p("us", "US", "chef", "en", DOCX_TEXT_BOX)),
            List.of(p("gb", "GB", "hgv-driver", "en", DOCX_HEADER_FOOTER),
                    p("in", "GB", "nurse", "en", DOCX_HEADER_FOOTER, "edu:IN"),
                    p("nl", "NL", "project-manager", "nl", DOCX_HEADER_FOOTER),
                    p("us", "US", "mechanical-engineer", "en", DOCX_HEADER_FOOTER),
                    p("cz", "CZ", "logistics-manager", "en", DOCX_HEADER_FOOTER),
                    p("au", "AU", "electrician", "en", DOCX_HEADER_FOOTER)),
            List.of(p("gb", "GB", "electrician", "en", TXT_PLAIN, "caps"),
                    p("ie", "IE", "warehouse-supervisor", "en", TXT_PLAIN),
                    p("us", "US", "customer-service", "en", TXT_PLAIN, "years"),
                    p("vn", "VN", "software-engineer", "en", TXT_PLAIN),
                    p("pl", "GB", "hgv-driver", "en", TXT_PLAIN, "edu:PL"),
                    p("fi", "FI", "site-manager", "en", TXT_PLAIN)));

    private CvDevSetGenerator() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/cv-devset");
        Files.createDirectories(out);
        deleteOldCvs(out);
        CvDevSetAuthor author = new CvDevSetAuthor();
        List<CvDevSetCv> cvs = new ArrayList<>();
        int perLayout = PLAN.get(0).size();
        // Interleave the layouts so that neighbouring file numbers differ in format.
        for (int round = 0; round < perLayout; round++) {
            for (List<Persona> layout : PLAN) {
                int number = cvs.size() + 1;
                cvs.add(author.write(number, layout.get(round), SEED * 1_000 + number));
            }
        }
        List<String> problems = new ArrayList<>();
        Map<String, Integer> pdfPages = new TreeMap<>();
        for (CvDevSetCv cv : cvs) {
            Path file = out.resolve(cv.file());
            switch (cv.layout().format) {
                case "pdf" -> CvDevSetPdf.write(cv, file);
                case "docx" -> CvDevSetDocx.write(cv, file);
                default -> CvDevSetPlainText.write(cv, file);
            }
            String text = extractText(file, cv.layout().format, pdfPages);
            problems.addAll(missingFromText(cv, text));
        }
        if (!problems.isEmpty()) {
            problems.forEach(System.err::println);
            throw new IllegalStateException(problems.size() + " labelled values are not in their CV's text");
        }
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        List<Map<String, Object>> labels = cvs.stream().map(CvDevSetGenerator::label).toList();
        Files.writeString(out.resolve("labels.json"), json.writeValueAsString(labels) + "\n", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("README.md"), CvDevSetReadme.render(cvs, pdfPages, totalBytes(out)),
                StandardCharsets.UTF_8);
        System.out.printf("wrote %d CVs and labels.json to %s%n", cvs.size(), out);
    }

    private static Persona p(String culture, String country, String profession, String language,
            CvDevSetLayout layout, String... flags) {
        Set<String> set = new LinkedHashSet<>();
        String educationCountry = null;
        for (String flag : flags) {
            if (flag.startsWith("edu:")) {
                educationCountry = flag.substring(4);
            } else {
                set.add(flag);
            }
        }
        if (layout == PDF_LEFT_SIDEBAR || layout == PDF_RIGHT_SIDEBAR || layout == DOCX_TABLE_SIDEBAR) {
            set.add("sidebar"); // sidebars always have a languages block to fill them
        }
        return new Persona(culture, country, profession, language, layout, Set.copyOf(set), educationCountry);
    }

    private static void deleteOldCvs(Path out) throws IOException {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(out, "cv-*.{pdf,docx,txt}")) {
            for (Path file : old) {
                Files.delete(file);
            }
        }
    }

    private static long totalBytes(Path out) throws IOException {
        try (var files = Files.list(out)) {
            // The README itself is left out, so that its own size cannot change what it says.
            return files.filter(Files::isRegularFile).filter(file -> !file.endsWith("README.md"))
                    .mapToLong(file -> file.toFile().length()).sum();
        }
    }

    // ---- labels ----

    /** The label as a recruiter would type it into the CRM from the printed CV; see the README for the rules. */
    static Map<String, Object> label(CvDevSetCv cv) {
        Map<String, Object> label = new LinkedHashMap<>();
        label.put("file", cv.file());
        label.put("format", cv.layout().format);
        label.put("layout", cv.layout().id);
        label.put("language", cv.language());
        label.put("profession", cv.profession());
        label.put("country", cv.country());
        label.put("firstName", cv.name().firstName());
        label.put("lastName", cv.name().lastName());
        label.put("emails", cv.emails());
        label.put("phones", cv.phones().stream().map(Phone::e164).toList());
        label.put("location", cv.location());
        label.put("linkedinUrl", cv.linkedin() == null ? null : cv.linkedin().url());
        label.put("links", cv.links().stream().map(Link::url).toList());
        Role current = cv.roles().get(0);
        label.put("currentTitle", current.title());
        label.put("currentEmployer", current.employer());
        List<Map<String, Object>> history = new ArrayList<>();
        for (Role role : cv.roles()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", role.title());
            entry.put("employer", role.employer());
            entry.put("from", role.yearOnly() ? String.valueOf(role.from().getYear()) : role.from().toString());
            entry.put("to", role.to() == null ? null
                    : role.yearOnly() ? String.valueOf(role.to().getYear()) : role.to().toString());
            history.add(entry);
        }
        label.put("workHistory", history);
        List<Map<String, Object>> education = new ArrayList<>();
        for (Education entry : cv.education()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("institution", entry.institution());
            item.put("qualification", entry.qualification());
            item.put("fromYear", entry.fromYear());
            item.put("toYear", entry.toYear());
            education.add(item);
        }
        label.put("education", education);
        List<String> skills = new ArrayList<>(cv.sectionSkills());
        cv.bulletOnlySkills().stream().filter(skill -> !skills.contains(skill)).forEach(skills::add);
        label.put("skills", skills);
        label.put("yearsOfExperience", cv.statedYears() != null ? cv.statedYears()
                : CvDevSetAuthor.yearsOfExperience(cv.roles()));
        label.put("languages", cv.languages().stream().map(Spoken::englishName).toList());
        return label;
    }

    /** Every string the renderers may print, for choosing fonts that can show them. */
    static List<String> printedStrings(CvDevSetCv cv) {
        List<String> strings = new ArrayList<>();
        strings.add(cv.name().printed());
        strings.add(cv.name().printed().toUpperCase(Locale.ROOT));
        strings.add(cv.headline() == null ? "" : cv.headline());
        strings.addAll(cv.emails());
        cv.phones().forEach(phone -> strings.add(phone.printed()));
        strings.add(cv.location() == null ? "" : cv.location());
        if (cv.linkedin() != null) {
            strings.add(cv.linkedin().printed());
        }
        cv.links().forEach(link -> strings.add(link.printed()));
        strings.add(cv.summary() == null ? "" : cv.summary());
        for (Role role : cv.roles()) {
            strings.addAll(cv.roleHeading(role));
            strings.add(role.printedDates());
            strings.add(role.place() == null ? "" : role.place());
            strings.addAll(role.bullets());
        }
        for (Education education : cv.education()) {
            strings.add(education.qualification());
            strings.add(education.institution());
            strings.add(education.printedDates());
            strings.add(education.note() == null ? "" : education.note());
        }
        for (SkillGroup group : cv.skillGroups()) {
            strings.add(group.label() == null ? "" : group.label());
            strings.addAll(group.skills());
        }
        cv.languages().forEach(language -> strings.add(language.printed()));
        strings.add(cv.interests() == null ? "" : cv.interests());
        strings.add(cv.closingLine() == null ? "" : cv.closingLine());
        CvDevSetWords words = cv.words();
        for (String word : List.of(words.profile(), words.experience(), words.education(), words.skills(),
                words.languages(), words.interests(), words.contact(), words.page(), words.of())) {
            strings.add(word);
            strings.add(word.toUpperCase(Locale.ROOT));
        }
        return strings;
    }

    // ---- the text check ----

    static String extractText(Path file, String format, Map<String, Integer> pdfPages) throws IOException {
        return switch (format) {
            case "pdf" -> {
                try (PDDocument document = Loader.loadPDF(file.toFile())) {
                    pdfPages.put(file.getFileName().toString(), document.getNumberOfPages());
                    yield new PDFTextStripper().getText(document);
                }
            }
            case "docx" -> docxText(file);
            default -> Files.readString(file, StandardCharsets.UTF_8);
        };
    }

    /** Text of the body, headers and footers, paragraph by paragraph, read from the XML itself (text boxes too). */
    private static String docxText(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.equals("word/document.xml") || name.matches("word/(header|footer)\\d*\\.xml")) {
                    text.append(paragraphs(zip.readAllBytes())).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String paragraphs(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
            String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
            NodeList paragraphs = document.getElementsByTagNameNS(w, "p");
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < paragraphs.getLength(); i++) {
                appendRuns((Element) paragraphs.item(i), w, text);
                text.append('\n');
            }
            return text.toString();
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("unreadable WordprocessingML", e);
        }
    }

    private static void appendRuns(Element element, String w, StringBuilder text) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                if (w.equals(e.getNamespaceURI()) && e.getLocalName().equals("t")) {
                    text.append(e.getTextContent());
                } else if (w.equals(e.getNamespaceURI()) && (e.getLocalName().equals("tab")
                        || e.getLocalName().equals("br"))) {
                    text.append(' ');
                } else if (!(w.equals(e.getNamespaceURI()) && e.getLocalName().equals("p"))) {
                    appendRuns(e, w, text); // nested paragraphs (text boxes) are listed on their own
                }
            }
        }
    }

    /** Labelled values that cannot be found in the extracted text, after normalising case and white space. */
    static List<String> missingFromText(CvDevSetCv cv, String extracted) {
        String text = normalise(extracted);
        String compact = extracted.replaceAll("[\\s().\\-/]", "");
        List<String> missing = new ArrayList<>();
        Function<String, Boolean> has = value -> value == null || text.contains(normalise(value));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("firstName", cv.name().firstName());
        expected.put("lastName", cv.name().lastName());
        cv.emails().forEach(email -> expected.put("email " + email, email));
        expected.put("location", cv.location());
        if (cv.linkedin() != null) {
            expected.put("linkedin", cv.linkedin().url().substring("https://www.linkedin.com".length()));
        }
        cv.links().forEach(link -> expected.put("link " + link.url(), link.url().substring("https://".length())));
        for (Role role : cv.roles()) {
            expected.put("title " + role.title(), role.title());
            expected.put("employer " + role.employer(), role.employer());
            expected.put("dates " + role.printedDates(), role.printedDates());
        }
        for (Education education : cv.education()) {
            expected.put("institution " + education.institution(), education.institution());
            expected.put("qualification " + education.qualification(), education.qualification());
            expected.put("education dates " + education.printedDates(), education.printedDates());
        }
        cv.sectionSkills().forEach(skill -> expected.put("skill " + skill, skill));
        cv.bulletOnlySkills().forEach(skill -> expected.put("skill " + skill, skill));
        cv.languages().forEach(language -> expected.put("language " + language.englishName(),
                language.printedName()));
        if (cv.statedYears() != null) {
            expected.put("stated years", String.valueOf(cv.statedYears()));
        }
        String joined = text.replace(" ", "");
        expected.forEach((what, value) -> {
            // An address or URL may wrap inside a narrow column; a reader joins it again, so the check does too.
            boolean wrappable = what.startsWith("email") || what.startsWith("link");
            if (wrappable ? !joined.contains(normalise(value).replace(" ", "")) : !has.apply(value)) {
                missing.add(cv.file() + ": " + what + " [" + value + "] not in the text");
            }
        });
        for (Phone phone : cv.phones()) {
            if (!compact.contains(phone.nationalDigits())) {
                missing.add(cv.file() + ": phone digits " + phone.nationalDigits() + " not in the text");
            }
        }
        return missing;
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ').replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
