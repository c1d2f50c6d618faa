package dev.wecruit.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {

    @Test
    void a_pdf_is_recognised_by_its_header_not_its_name() {
        assertThat(DocumentFormat.detect(TestPdf.create().text(50, 50, TestPdf.Font.REGULAR, 12, "Hi").bytes()))
                .contains(DocumentFormat.PDF);
        assertThat(DocumentFormat.detect("\r\n%PDF-1.4 junk".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(DocumentFormat.PDF);
    }

    @Test
    void a_zip_is_a_docx_only_when_it_holds_word_document_xml() throws IOException {
        assertThat(DocumentFormat.detect(TestDocx.create().paragraph("Hello").bytes())).contains(DocumentFormat.DOCX);
        assertThat(DocumentFormat.detect(zip("xl/workbook.xml", "<workbook/>"))).isEmpty();
    }

    @Test
    void an_ole2_file_is_a_doc_only_when_it_holds_a_word_document_stream() throws IOException {
        assertThat(DocumentFormat.detect(ole2("WordDocument"))).contains(DocumentFormat.DOC);
        assertThat(DocumentFormat.detect(ole2("Workbook"))).isEmpty();
        assertThat(DocumentFormat.detect(ole2("__substg1.0_0037001F"))).isEmpty();
    }

    @Test
    void a_password_protected_docx_is_reported_as_docx_so_the_reader_can_say_it_is_protected() throws IOException {
        assertThat(DocumentFormat.detect(ole2("EncryptedPackage"))).contains(DocumentFormat.DOCX);
    }

    @Test
    void plain_text_is_recognised_in_utf8_utf16_and_windows_1252() {
        assertThat(DocumentFormat.detect("José Núñez\nSoftware Engineer".getBytes(StandardCharsets.UTF_8)))
                .contains(DocumentFormat.TEXT);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        assertThat(DocumentFormat.detect(bom)).contains(DocumentFormat.TEXT);
        byte[] utf16 = ("\uFEFFZoë Müller").getBytes(StandardCharsets.UTF_16LE);
        assertThat(DocumentFormat.detect(utf16)).contains(DocumentFormat.TEXT);
        assertThat(DocumentFormat.detect("Zoë Müller – CV".getBytes(Charset.forName("windows-1252"))))
                .contains(DocumentFormat.TEXT);
    }

    @Test
    void binary_data_and_empty_files_are_not_recognised() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(DocumentFormat.detect(png)).isEmpty();
        assertThat(DocumentFormat.detect(new byte[0])).isEmpty();
        assertThat(DocumentFormat.detect("   \n ".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentFormat.detect("text with a \u0001 control".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void each_format_names_its_content_type_and_extension() {
        assertThat(DocumentFormat.PDF.contentType()).isEqualTo("application/pdf");
        assertThat(DocumentFormat.DOC.extension()).isEqualTo(".doc");
        assertThat(DocumentFormat.DOCX.contentType()).endsWith("wordprocessingml.document");
        assertThat(DocumentFormat.TEXT.extension()).isEqualTo(".txt");
    }

    static byte[] ole2(String streamName) throws IOException {
        return ole2(streamName, 0);
    }

    /** An OLE2 file with one stream of 4 KB, zeros or (for a seed other than 0) random bytes. */
    static byte[] ole2(String streamName, long seed) throws IOException {
        byte[] stream = new byte[4096];
        if (seed != 0) {
            new java.util.Random(seed).nextBytes(stream);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(stream), streamName);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    static byte[] zip(String name, String content) throws IOException {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        }
    }
}
