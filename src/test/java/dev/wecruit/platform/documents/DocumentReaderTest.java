package dev.wecruit.platform.documents;

import static dev.wecruit.platform.documents.TestPdf.Font.BOLD;
import static dev.wecruit.platform.documents.TestPdf.Font.REGULAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.wecruit.platform.documents.UnreadableDocumentException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader();

    // ---- PDF ----------------------------------------------------------------------------------------------------

    @Test
    void a_one_column_pdf_reads_top_to_bottom_with_font_size_and_weight() throws Exception {
        byte[] pdf = TestPdf.create()
                .text(50, 60, BOLD, 22, "Jane Doe")
                .lines(50, 90, 14, REGULAR, 10, "jane.doe@example.com", "London, UK")
                .text(50, 150, BOLD, 13, "Experience")
                .lines(50, 170, 14, REGULAR, 10, "Staff Nurse, St Mary's Hospital", "Cared for 30 patients a day")
                .bytes();

        ReadDocument document = reader.read(pdf);

        assertThat(document.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(document.pages()).isEqualTo(1);
        assertThat(texts(document)).containsExactly("Jane Doe", "jane.doe@example.com", "London, UK", "Experience",
                "Staff Nurse, St Mary's Hospital", "Cared for 30 patients a day");
        TextLine name = document.lines().get(0);
        assertThat(name.fontSize()).isEqualTo(22f);
        assertThat(name.bold()).isTrue();
        assertThat(name.heading()).isFalse();
        assertThat(document.lines().get(1).bold()).isFalse();
        assertThat(name.y()).isLessThan(document.lines().get(1).y());
        assertThat(document.text()).contains("jane.doe@example.com\nLondon, UK\n\nExperience");
        assertOffsetsHold(document);
    }

    @Test
    void a_two_column_pdf_keeps_the_sidebar_apart_from_the_experience() throws Exception {
        byte[] pdf = TestPdf.create()
                .text(40, 60, BOLD, 24, "Maximilian Oberhuber-Steinbach, Senior Software Engineer")
                .lines(40, 120, 15, REGULAR, 10, "CONTACT", "max@example.de", "+49 30 1234567", "Berlin, Germany",
                        "", "SKILLS", "Java", "Kubernetes", "PostgreSQL", "", "LANGUAGES", "German (native)",
                        "English (C1)")
                .lines(230, 123, 16, REGULAR, 11, "EXPERIENCE", "Senior Software Engineer, Zalando SE",
                        "Jan 2020 - Present", "Built the checkout service used by millions of customers.",
                        "Software Engineer, SAP SE", "Mar 2016 - Dec 2019", "Maintained the billing platform.",
                        "EDUCATION", "MSc Computer Science, TU Berlin")
                .bytes();

        ReadDocument document = reader.read(pdf);

        List<String> lines = texts(document);
        assertThat(lines.get(0)).startsWith("Maximilian Oberhuber-Steinbach");
        assertThat(lines).containsSubsequence("CONTACT", "max@example.de", "+49 30 1234567", "Berlin, Germany",
                "SKILLS", "Java", "Kubernetes", "PostgreSQL", "LANGUAGES", "German (native)", "English (C1)",
                "EXPERIENCE", "Senior Software Engineer, Zalando SE", "Jan 2020 - Present");
        assertThat(lines).noneMatch(line -> line.contains("\t"));
        assertThat(document.lines()).filteredOn(line -> line.text().equals("EXPERIENCE"))
                .singleElement().extracting(TextLine::column).isEqualTo(1);
        assertThat(document.lines()).filteredOn(line -> line.text().equals("SKILLS"))
                .singleElement().extracting(TextLine::column).isEqualTo(0);
        assertOffsetsHold(document);
    }

    @Test
    void two_columns_set_on_one_baseline_grid_are_still_two_columns() throws Exception {
        byte[] pdf = TestPdf.create()
                .text(40, 50, BOLD, 24, "Daniel Okoro")
                .lines(40, 100, 14, REGULAR, 10, "CONTACT", "daniel@example.com", "Bristol, UK", "", "SKILLS",
                        "Python", "Django", "PostgreSQL", "", "LANGUAGES", "English", "Yoruba")
                .lines(230, 100, 14, REGULAR, 10, "PROFILE", "Backend developer.", "", "EXPERIENCE",
                        "Backend Developer, Ovo Energy", "May 2021 - Present", "Built billing APIs.", "",
                        "Junior Developer, BBC", "Sep 2018 - Apr 2021", "", "EDUCATION", "BSc, Bristol")
                .bytes();

        List<String> lines = texts(reader.read(pdf));

        assertThat(lines).containsSubsequence("CONTACT", "daniel@example.com", "Yoruba", "PROFILE",
                "Backend Developer, Ovo Energy", "May 2021 - Present");
        assertThat(lines).noneMatch(line -> line.contains("\t"));
    }

    @Test
    void a_table_of_labels_and_values_is_not_taken_for_columns() throws Exception {
        TestPdf pdf = TestPdf.create().text(50, 50, BOLD, 18, "Personal details");
        String[][] rows = {{"Name", "Oksana Kovalenko"}, {"Date of birth", "12 March 1990"},
                {"Nationality", "Ukrainian"}, {"Address", "Kyiv, Ukraine"}, {"Phone", "+380 44 123 4567"},
                {"Email", "oksana@example.com"}, {"Driving licence", "Category B"}};
        float y = 80;
        for (String[] row : rows) {
            pdf.text(50, y, BOLD, 10, row[0]).text(200, y, REGULAR, 10, row[1]);
            y += 14;
        }

        List<String> lines = texts(reader.read(pdf.bytes()));

        assertThat(lines).contains("Name\tOksana Kovalenko", "Address\tKyiv, Ukraine", "Email\toksana@example.com");
    }

    @Test
    void a_right_column_sidebar_is_read_before_the_main_column() throws Exception {
        byte[] pdf = TestPdf.create()
                .lines(40, 80, 16, REGULAR, 11, "Priya Raman", "PROFILE", "Chartered accountant with audit experience.",
                        "EXPERIENCE", "Audit Senior, Deloitte LLP", "2018 - 2023", "Led audits of retail clients.")
                .lines(400, 84, 14, REGULAR, 9, "CONTACT", "priya@example.in", "Mumbai, India", "SKILLS",
                        "IFRS", "SAP")
                .bytes();

        List<String> lines = texts(reader.read(pdf));

        assertThat(lines).containsSubsequence("CONTACT", "priya@example.in", "Mumbai, India", "SKILLS", "IFRS", "SAP",
                "Priya Raman", "Led audits of retail clients.");
        assertThat(lines).noneMatch(line -> line.contains("\t"));
    }

    @Test
    void a_sidebar_line_reaching_into_the_gutter_stays_in_the_sidebar() throws Exception {
        byte[] pdf = TestPdf.create()
                .lines(30, 80, 15, REGULAR, 10, "CONTACT", "Unit 4, Harbour Road, Portsmouth PO1 3AB", "07700 900321",
                        "", "SKILLS", "Bookkeeping", "Payroll", "Sage 50", "Xero", "", "LANGUAGES", "English")
                .lines(250, 80, 15, REGULAR, 10, "PROFILE", "Bookkeeper for small firms.", "", "EXPERIENCE",
                        "Bookkeeper, Solent Books", "Mar 2020 - Present", "Kept the ledgers of 30 clients.", "",
                        "Accounts Clerk, Harbour Ales", "2016 - 2020", "Ran the purchase ledger.")
                .bytes();

        ReadDocument document = reader.read(pdf);

        assertThat(document.lines()).filteredOn(line -> line.text().startsWith("Unit 4"))
                .singleElement().satisfies(line -> {
                    assertThat(line.text()).isEqualTo("Unit 4, Harbour Road, Portsmouth PO1 3AB");
                    assertThat(line.column()).isEqualTo(0);
                });
        assertThat(texts(document)).noneMatch(line -> line.contains("\t"));
        assertThat(texts(document)).containsSubsequence("CONTACT", "Xero", "English", "PROFILE", "EXPERIENCE",
                "Bookkeeper, Solent Books", "Mar 2020 - Present");
    }

    @Test
    void a_page_number_in_the_footer_does_not_make_a_second_column() throws Exception {
        byte[] pdf = TestPdf.create()
                .text(60, 60, BOLD, 10, "Ridgeway Analytics").text(420, 60, REGULAR, 10, "June 2012 – May 2014")
                .text(60, 74, REGULAR, 10, "Junior Analyst")
                .text(60, 104, BOLD, 12, "Education")
                .text(60, 122, BOLD, 10, "BSc Mathematics").text(500, 122, REGULAR, 10, "2012")
                .text(60, 136, REGULAR, 10, "University of Exeter")
                .text(60, 160, BOLD, 12, "Skills")
                .text(60, 178, REGULAR, 10, "SQL | Python | Tableau | Excel | Power BI | Looker | dbt | Airflow")
                .text(280, 810, REGULAR, 8, "Page 2 of 2")
                .bytes();

        List<String> lines = texts(reader.read(pdf));

        assertThat(lines).contains("Ridgeway Analytics\tJune 2012 – May 2014", "BSc Mathematics\t2012");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Page 2 of 2");
    }

    @Test
    void right_aligned_dates_stay_on_the_line_of_their_role_instead_of_becoming_a_column() throws Exception {
        byte[] pdf = TestPdf.create()
                .text(50, 60, BOLD, 18, "Tom Baker")
                .text(50, 100, BOLD, 11, "Site Manager, Balfour Beatty").text(470, 100, REGULAR, 10, "2019 - 2024")
                .text(50, 115, REGULAR, 10, "Ran a 40-person site delivering a new hospital wing on time and budget.")
                .text(50, 140, BOLD, 11, "Assistant Site Manager, Kier Group").text(470, 140, REGULAR, 10, "2015 - 2019")
                .text(50, 155, REGULAR, 10, "Coordinated subcontractors, health and safety inspections and snagging.")
                .text(50, 180, BOLD, 11, "Site Engineer, Laing O'Rourke").text(470, 180, REGULAR, 10, "2012 - 2015")
                .text(50, 195, REGULAR, 10, "Set out foundations and steel frames for commercial projects in Leeds.")
                .bytes();

        List<String> lines = texts(reader.read(pdf));

        assertThat(lines).contains("Site Manager, Balfour Beatty\t2019 - 2024",
                "Assistant Site Manager, Kier Group\t2015 - 2019");
    }

    @Test
    void a_table_of_dates_and_roles_reads_row_by_row() throws Exception {
        byte[] pdf = TestPdf.create()
                .text(50, 60, BOLD, 18, "Ana Souza")
                .text(50, 100, REGULAR, 10, "2019 - 2023").text(160, 100, BOLD, 10, "Enfermeira, Hospital Sírio-Libanês")
                .text(160, 114, REGULAR, 10, "Cuidados intensivos adultos.")
                .text(160, 128, REGULAR, 10, "Supervisão de técnicos de enfermagem.")
                .text(50, 150, REGULAR, 10, "2015 - 2019").text(160, 150, BOLD, 10, "Técnica de Enfermagem, Hospital das Clínicas")
                .text(160, 164, REGULAR, 10, "Pronto-socorro.")
                .text(50, 186, REGULAR, 10, "2011 - 2015").text(160, 186, BOLD, 10, "Bacharelado em Enfermagem, USP")
                .bytes();

        List<String> lines = texts(reader.read(pdf));

        assertThat(lines).contains("2019 - 2023\tEnfermeira, Hospital Sírio-Libanês",
                "2015 - 2019\tTécnica de Enfermagem, Hospital das Clínicas");
    }

    @Test
    void names_outside_latin_1_survive_when_the_pdf_embeds_a_unicode_font() throws Exception {
        Assumptions.assumeTrue(TestPdf.hasUnicodeFont(), "DejaVu Sans is not installed here");
        byte[] pdf = TestPdf.create()
                .text(50, 60, TestPdf.Font.UNICODE, 20, "Łukasz Wąsowski")
                .lines(50, 100, 14, TestPdf.Font.UNICODE, 10, "Kraków, Polska", "Inżynier oprogramowania w firmie Ąćęż")
                .bytes();

        assertThat(texts(reader.read(pdf))).startsWith("Łukasz Wąsowski", "Kraków, Polska");
    }

    @Test
    void a_pdf_with_a_user_password_is_refused_as_protected() {
        byte[] pdf = TestPdf.create().text(50, 60, REGULAR, 12, "Secret CV of a careful person").userPassword("s3cret")
                .bytes();

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> reader.read(pdf));

        assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(e.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(e.getMessage()).isEqualTo("This PDF is password-protected: remove the password and upload it again");
    }

    @Test
    void a_pdf_with_only_an_owner_password_is_read() throws Exception {
        byte[] pdf = TestPdf.create()
                .lines(50, 60, 14, REGULAR, 12, "Restricted printing only, but the CV of Jane Doe is readable",
                        "and has enough words in it to count as text")
                .ownerPassword("owner").bytes();

        assertThat(reader.read(pdf).text()).contains("Jane Doe");
    }

    @Test
    void a_scanned_pdf_without_a_text_layer_is_refused_with_advice() {
        byte[] pdf = TestPdf.create().rectangle(50, 50, 400, 600).text(500, 800, REGULAR, 6, "Scanned with App")
                .bytes();

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> reader.read(pdf));

        assertThat(e.reason()).isEqualTo(Reason.NO_TEXT);
        assertThat(e.getMessage()).startsWith("This PDF has no text layer (it is a scan or an image)");
    }

    @Test
    void a_truncated_or_garbled_pdf_is_reported_as_damaged() {
        byte[] pdf = TestPdf.create().text(50, 60, REGULAR, 12, "Jane Doe").bytes();
        byte[] truncated = Arrays.copyOf(pdf, 40);
        byte[] garbled = "%PDF-1.7\n%%%% this is not really a pdf %%%%\n".getBytes(StandardCharsets.ISO_8859_1);

        for (byte[] damaged : List.of(truncated, garbled)) {
            assertThatThrownBy(() -> reader.read(damaged))
                    .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
                        assertThat(e.getMessage()).isEqualTo("This PDF is damaged and cannot be read");
                    });
        }
    }

    @Test
    void a_pdf_longer_than_the_page_limit_is_refused_before_its_text_is_read() {
        byte[] pdf = TestPdf.create().text(50, 60, REGULAR, 12, "Jane Doe").blankPages(30).bytes();

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> reader.read(pdf));

        assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_PAGES);
        assertThat(e.getMessage()).isEqualTo("This file has more than 30 pages: upload the CV on its own");
        assertThat(catchThrowableOfType(UnreadableDocumentException.class,
                () -> new DocumentReader(ReadLimits.DEFAULT.withMaxPages(5)).read(pdf)).getMessage())
                .startsWith("This file has more than 5 pages");
    }

    @Test
    void an_interrupted_thread_stops_the_read_with_a_typed_error() {
        byte[] pdf = TestPdf.create().lines(50, 60, 14, REGULAR, 12, "Jane Doe", "Nurse").bytes();
        Thread.currentThread().interrupt();
        try {
            UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                    () -> reader.read(pdf));
            assertThat(e.reason()).isEqualTo(Reason.INTERRUPTED);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void pdf_link_annotations_are_kept_as_hyperlinks() throws Exception {
        byte[] pdf;
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("Jane Doe - LinkedIn - a CV with enough letters to be text");
                content.endText();
            }
            var link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
            var uri = new org.apache.pdfbox.pdmodel.interactive.action.PDActionURI();
            uri.setURI("https://www.linkedin.com/in/jane-doe");
            link.setAction(uri);
            link.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(100, 695, 60, 15));
            page.getAnnotations().add(link);
            document.save(out);
            pdf = out.toByteArray();
        }

        assertThat(reader.read(pdf).hyperlinks()).containsExactly("https://www.linkedin.com/in/jane-doe");
    }

    // ---- DOCX ---------------------------------------------------------------------------------------------------

    @Test
    void a_docx_reads_paragraphs_with_heading_styles_bold_and_sizes() throws Exception {
        byte[] docx = TestDocx.create()
                .title("Jane Doe")
                .paragraph("jane@example.com\t+44 7700 900123")
                .heading("Experience")
                .bold("Staff Nurse")
                .sized(9, "St Mary's Hospital, London")
                .paragraph("")
                .paragraph("Cared for patients.")
                .bytes();

        ReadDocument document = reader.read(docx);

        assertThat(document.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(texts(document)).containsExactly("Jane Doe", "jane@example.com\t+44 7700 900123", "Experience",
                "Staff Nurse", "St Mary's Hospital, London", "Cared for patients.");
        List<TextLine> lines = document.lines();
        assertThat(lines.get(0).heading()).isTrue();
        assertThat(lines.get(0).fontSize()).isEqualTo(28f);
        assertThat(lines.get(1).heading()).isFalse();
        assertThat(lines.get(1).fontSize()).isEqualTo(10.5f);
        assertThat(lines.get(2).heading()).isTrue();
        assertThat(lines.get(2).bold()).isTrue();
        assertThat(lines.get(3).bold()).isTrue();
        assertThat(lines.get(4).fontSize()).isEqualTo(9f);
        assertThat(document.text()).contains("St Mary's Hospital, London\n\nCared for patients.");
        assertOffsetsHold(document);
    }

    @Test
    void a_docx_table_layout_reads_one_line_rows_as_lines_and_big_cells_one_after_the_other() throws Exception {
        byte[] docx = TestDocx.create()
                .table(new String[] {"Jan 2019 - Present", "Accountant", "KPMG"},
                        new String[] {"2015 - 2018", "Junior Accountant", "Grant Thornton"})
                .table(new String[] {"CONTACT\nana@example.es\nMadrid, España", "EXPERIENCIA\nContable, Banco Santander"})
                .bytes();

        ReadDocument document = reader.read(docx);

        assertThat(texts(document)).containsExactly("Jan 2019 - Present\tAccountant\tKPMG",
                "2015 - 2018\tJunior Accountant\tGrant Thornton", "CONTACT", "ana@example.es", "Madrid, España",
                "EXPERIENCIA", "Contable, Banco Santander");
        assertThat(document.lines()).allMatch(line -> line.block() == TextLine.Block.TABLE_CELL);
        assertOffsetsHold(document);
    }

    @Test
    void lines_of_a_docx_table_say_which_row_and_cell_they_are_in() throws Exception {
        byte[] docx = TestDocx.create()
                .paragraph("Career")
                .table(new String[] {"Apr 2021 - Present\nGlasgow",
                                "Payroll Lead, Thistle Foods\n- Ran payroll for 900"},
                        new String[] {"2017 - 2021", "Payroll Officer, Kelvin Care\n- Weekly pay runs"})
                .bytes();

        List<TextLine> lines = reader.read(docx).lines();

        assertThat(lines).extracting(TextLine::text, TextLine::row, TextLine::cell).containsExactly(
                tuple("Career", -1, -1),
                tuple("Apr 2021 - Present", 0, 0),
                tuple("Glasgow", 0, 0),
                tuple("Payroll Lead, Thistle Foods", 0, 1),
                tuple("- Ran payroll for 900", 0, 1),
                tuple("2017 - 2021", 1, 0),
                tuple("Payroll Officer, Kelvin Care", 1, 1),
                tuple("- Weekly pay runs", 1, 1));
    }

    @Test
    void a_line_made_without_table_facts_is_outside_any_table() {
        TextLine line = new TextLine("Jane Doe", 0, 1, 11, true, false, 0, TextLine.Block.BODY, 0, 0);

        assertThat(line.row()).isEqualTo(-1);
        assertThat(line.cell()).isEqualTo(-1);
    }

    @Test
    void a_docx_text_box_is_read_once_although_word_stores_it_twice() throws Exception {
        byte[] docx = TestDocx.create()
                .textBox("Kenji Tanaka", "kenji@example.jp", "Tokyo, Japan")
                .paragraph("Experience")
                .paragraph("Logistics Coordinator, Nippon Express")
                .bytes();

        ReadDocument document = reader.read(docx);

        assertThat(texts(document)).containsExactly("Kenji Tanaka", "kenji@example.jp", "Tokyo, Japan", "Experience",
                "Logistics Coordinator, Nippon Express");
        assertThat(document.lines().get(0).block()).isEqualTo(TextLine.Block.TEXT_BOX);
        assertThat(document.lines().get(3).block()).isEqualTo(TextLine.Block.BODY);
    }

    @Test
    void a_docx_header_comes_first_and_its_footer_last() throws Exception {
        byte[] docx = TestDocx.create()
                .header("Sophie Martin", "sophie.martin@example.fr | 06 12 34 56 78")
                .footer("Références disponibles sur demande")
                .paragraphs("Expérience professionnelle", "Avocate, Cabinet Dupont")
                .bytes();

        ReadDocument document = reader.read(docx);

        assertThat(texts(document)).containsExactly("Sophie Martin", "sophie.martin@example.fr | 06 12 34 56 78",
                "Expérience professionnelle", "Avocate, Cabinet Dupont", "Références disponibles sur demande");
        assertThat(document.lines().get(0).block()).isEqualTo(TextLine.Block.HEADER);
        assertThat(document.lines().get(4).block()).isEqualTo(TextLine.Block.FOOTER);
    }

    @Test
    void a_word_list_item_reads_with_the_bullet_word_draws() throws Exception {
        byte[] docx = TestDocx.create().paragraph("Duties").bullet("Managed the ward").bytes();

        assertThat(texts(reader.read(docx))).containsExactly("Duties", "• Managed the ward");
    }

    @Test
    void docx_hyperlink_targets_are_kept_even_when_only_a_word_is_shown() throws Exception {
        byte[] docx = TestDocx.create().paragraph("Jane Doe").hyperlink("LinkedIn", "https://linkedin.com/in/janedoe")
                .bytes();

        ReadDocument document = reader.read(docx);

        assertThat(document.text()).isEqualTo("Jane Doe\nLinkedIn");
        assertThat(document.hyperlinks()).containsExactly("https://linkedin.com/in/janedoe");
    }

    @Test
    void a_docx_that_inflates_to_fifty_megabytes_of_spaces_is_refused_as_a_zip_bomb() throws Exception {
        byte[] bomb;
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
            zip.finish();
            bomb = bytes.toByteArray();
        }
        assertThat(bomb.length).isLessThan(200_000);

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> reader.read(bomb));

        assertThat(e.reason()).isEqualTo(Reason.ARCHIVE_TOO_LARGE);
        assertThat(e.getMessage()).isEqualTo("This Word file unpacks to far more data than a CV holds, so it was not opened");
    }

    @Test
    void a_docx_with_more_parts_than_allowed_is_refused() throws Exception {
        byte[] many;
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (int i = 0; i < 600; i++) {
                zip.putNextEntry(new ZipEntry("word/media/image" + i + ".png"));
                zip.write(new byte[] {1, 2, 3});
                zip.closeEntry();
            }
            zip.finish();
            many = bytes.toByteArray();
        }

        assertThat(catchThrowableOfType(UnreadableDocumentException.class, () -> reader.read(many)).reason())
                .isEqualTo(Reason.ARCHIVE_TOO_LARGE);
    }

    @Test
    void a_truncated_docx_is_reported_as_a_damaged_word_file() {
        byte[] docx = TestDocx.create().paragraphs("Jane Doe", "Accountant").bytes();
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> reader.read(truncated));

        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(e.getMessage()).isEqualTo("This Word file is damaged and cannot be read");
    }

    @Test
    void a_password_protected_docx_is_refused_as_protected() throws Exception {
        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> reader.read(DocumentFormatTest.ole2("EncryptedPackage")));

        assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(e.getMessage()).startsWith("This Word file is password-protected");
    }

    // ---- DOC ----------------------------------------------------------------------------------------------------

    @Test
    void a_legacy_word_file_reads_its_paragraphs_and_table_rows() throws Exception {
        ReadDocument document = reader.read(sample("legacy-word.doc"));

        assertThat(document.format()).isEqualTo(DocumentFormat.DOC);
        List<String> lines = texts(document);
        assertThat(lines).contains("Curriculum Vitae", "Bartholomew Okonkwo-Smith",
                "bart.okonkwo@example.co.uk | 07700 900456 | Leeds, UK", "Work Experience",
                "Warehouse Supervisor, DHL Supply Chain");
        assertThat(document.lines().get(0).block()).isEqualTo(TextLine.Block.HEADER);
        assertThat(lines).anyMatch(line -> line.startsWith("2018 - 2023") && line.contains("Forklift"));
        assertThat(document.lines()).filteredOn(line -> line.text().equals("Work Experience"))
                .singleElement().satisfies(line -> assertThat(line.heading() || line.bold()).isTrue());
        assertOffsetsHold(document);
    }

    @Test
    void an_ole2_file_that_claims_to_be_word_but_is_not_is_reported_as_damaged() throws Exception {
        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> reader.read(DocumentFormatTest.ole2("WordDocument", 7)));

        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(e.format()).isEqualTo(DocumentFormat.DOC);
    }

    // ---- text ---------------------------------------------------------------------------------------------------

    @Test
    void plain_text_keeps_its_lines_blank_line_blocks_and_form_feed_pages() throws Exception {
        String cv = "  Jürgen   Müller \r\n\r\n\r\nKenntnisse:\tJava,\u00A0SAP\n\fSeite 2\n";

        ReadDocument document = reader.read(cv.getBytes(StandardCharsets.UTF_8));

        assertThat(document.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(document.text()).isEqualTo("Jürgen Müller\n\nKenntnisse:\tJava, SAP\n\nSeite 2");
        assertThat(document.pages()).isEqualTo(2);
        assertThat(document.lines().get(2).page()).isEqualTo(2);
        assertOffsetsHold(document);
    }

    @Test
    void plain_text_in_windows_1252_and_utf16_decodes_accents() throws Exception {
        assertThat(reader.read("Zoë Françoise – Infirmière".getBytes(Charset.forName("windows-1252"))).text())
                .isEqualTo("Zoë Françoise – Infirmière");
        assertThat(reader.read("\uFEFFZoë Françoise".getBytes(StandardCharsets.UTF_16BE)).text())
                .isEqualTo("Zoë Françoise");
    }

    @Test
    void whitespace_is_tidied_invisible_characters_dropped_and_ligatures_expanded() throws Exception {
        ReadDocument document = reader.read("Pro\u00AD\uFB01le\u200B of  the o\uFB03ce\u2003manager".getBytes(
                StandardCharsets.UTF_8));

        assertThat(document.text()).isEqualTo("Profile of the office manager");
    }

    @Test
    void an_unknown_file_type_is_refused_with_advice() {
        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> reader.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(e.format()).isNull();
        assertThat(e.getMessage()).startsWith("This file is not a PDF, Word or plain-text document");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    static List<String> texts(ReadDocument document) {
        return document.lines().stream().map(TextLine::text).toList();
    }

    static void assertOffsetsHold(ReadDocument document) {
        int previousEnd = -1;
        for (TextLine line : document.lines()) {
            assertThat(document.text().substring(line.start(), line.end())).isEqualTo(line.text());
            assertThat(line.start()).isGreaterThan(previousEnd);
            previousEnd = line.end();
        }
        assertThat(document.text().strip()).isEqualTo(document.text());
        assertThat(document.text()).doesNotContain("\n\n\n");
    }

    static byte[] sample(String name) throws IOException {
        try (InputStream in = DocumentReaderTest.class.getResourceAsStream("/cv-samples/" + name)) {
            assertThat(in).as("test resource cv-samples/" + name).isNotNull();
            return in.readAllBytes();
        }
    }
}
