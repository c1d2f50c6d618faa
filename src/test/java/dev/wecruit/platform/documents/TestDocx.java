package dev.wecruit.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * DOCX files written as raw WordprocessingML for tests, so that we control exactly what Word would write: heading
 * styles, tables, text boxes (with the DrawingML choice and its VML fallback copy), headers and footers.
 */
public final class TestDocx {

    private final StringBuilder body = new StringBuilder();
    private final List<String> headers = new ArrayList<>();
    private final List<String> footers = new ArrayList<>();
    private final List<String> hyperlinks = new ArrayList<>();

    public static TestDocx create() {
        return new TestDocx();
    }

    public TestDocx paragraph(String text) {
        body.append(p(null, false, 0, text));
        return this;
    }

    public TestDocx paragraphs(String... texts) {
        for (String text : texts) {
            paragraph(text);
        }
        return this;
    }

    public TestDocx bold(String text) {
        body.append(p(null, true, 0, text));
        return this;
    }

    /** A paragraph whose run is sized in points. */
    public TestDocx sized(float points, String text) {
        body.append(p(null, false, points, text));
        return this;
    }

    /** A Word list item: the bullet is numbering, not text. */
    public TestDocx bullet(String text) {
        body.append("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">")
                .append(escape(text)).append("</w:t></w:r></w:p>");
        return this;
    }

    public TestDocx title(String text) {
        body.append(p("Title", false, 0, text));
        return this;
    }

    public TestDocx heading(String text) {
        body.append(p("Heading1", false, 0, text));
        return this;
    }

    /** A paragraph whose text is a hyperlink to {@code target}. */
    public TestDocx hyperlink(String text, String target) {
        hyperlinks.add(target);
        String id = "rIdLink" + hyperlinks.size();
        body.append("<w:p><w:hyperlink r:id=\"").append(id).append("\"><w:r><w:t xml:space=\"preserve\">")
                .append(escape(text)).append("</w:t></w:r></w:hyperlink></w:p>");
        return this;
    }

    /** A table; each row's cells hold paragraphs separated by '\n'. */
    public TestDocx table(String[]... rows) {
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>");
        for (String[] row : rows) {
            body.append("<w:tr>");
            for (String cell : row) {
                body.append("<w:tc>");
                for (String paragraph : cell.split("\n", -1)) {
                    body.append(p(null, false, 0, paragraph));
                }
                body.append("</w:tc>");
            }
            body.append("</w:tr>");
        }
        body.append("</w:tbl>");
        return this;
    }

    /**
     * A floating text box anchored in an otherwise empty paragraph, written twice as Word does: a DrawingML shape in
     * {@code mc:Choice} and a VML shape in {@code mc:Fallback}.
     */
    public TestDocx textBox(String... paragraphs) {
        StringBuilder content = new StringBuilder();
        for (String paragraph : paragraphs) {
            content.append(p(null, false, 0, paragraph));
        }
        body.append("<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
                + "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\""
                + " behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"page\"><wp:posOffset>0</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"page\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"2000000\" cy=\"9000000\"/><wp:wrapSquare wrapText=\"bothSides\"/>"
                + "<wp:docPr id=\"1\" name=\"Text Box 1\"/><a:graphic><a:graphicData"
                + " uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:txbx>"
                + "<w:txbxContent>").append(content).append("</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
                + "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
                + "<v:shape id=\"Text Box 1\" style=\"position:absolute;width:160pt;height:700pt\"><v:textbox>"
                + "<w:txbxContent>").append(content).append("</w:txbxContent></v:textbox></v:shape></w:pict>"
                + "</mc:Fallback></mc:AlternateContent></w:r></w:p>");
        return this;
    }

    public TestDocx header(String... paragraphs) {
        StringBuilder xml = new StringBuilder();
        for (String paragraph : paragraphs) {
            xml.append(p(null, false, 0, paragraph));
        }
        headers.add(xml.toString());
        return this;
    }

    public TestDocx footer(String... paragraphs) {
        StringBuilder xml = new StringBuilder();
        for (String paragraph : paragraphs) {
            xml.append(p(null, false, 0, paragraph));
        }
        footers.add(xml.toString());
        return this;
    }

    /** Raw body XML, for cases the helpers do not cover. */
    public TestDocx raw(String xml) {
        body.append(xml);
        return this;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            StringBuilder overrides = new StringBuilder();
            StringBuilder relationships = new StringBuilder(
                    "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
            StringBuilder references = new StringBuilder();
            for (int i = 0; i < headers.size(); i++) {
                String name = "header" + (i + 1) + ".xml";
                overrides.append(override("/word/" + name,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"));
                relationships.append("<Relationship Id=\"rIdH").append(i + 1)
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"")
                        .append(name).append("\"/>");
                references.append("<w:headerReference w:type=\"").append(i == 0 ? "default" : "first")
                        .append("\" r:id=\"rIdH").append(i + 1).append("\"/>");
                put(zip, "word/" + name, "<w:hdr " + NAMESPACES + ">" + headers.get(i) + "</w:hdr>");
            }
            for (int i = 0; i < footers.size(); i++) {
                String name = "footer" + (i + 1) + ".xml";
                overrides.append(override("/word/" + name,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"));
                relationships.append("<Relationship Id=\"rIdF").append(i + 1)
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"")
                        .append(name).append("\"/>");
                references.append("<w:footerReference w:type=\"default\" r:id=\"rIdF").append(i + 1).append("\"/>");
                put(zip, "word/" + name, "<w:ftr " + NAMESPACES + ">" + footers.get(i) + "</w:ftr>");
            }
            for (int i = 0; i < hyperlinks.size(); i++) {
                relationships.append("<Relationship Id=\"rIdLink").append(i + 1)
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"")
                        .append(escape(hyperlinks.get(i))).append("\" TargetMode=\"External\"/>");
            }
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + override("/word/document.xml",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
                    + override("/word/styles.xml",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")
                    + overrides + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + relationships + "</Relationships>");
            put(zip, "word/styles.xml", STYLES);
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document " + NAMESPACES + "><w:body>" + body + "<w:sectPr>" + references
                    + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>");
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"wps\"";

    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"21\"/></w:rPr></w:rPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:rPr><w:sz w:val=\"56\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr>"
            + "<w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr></w:style>"
            + "</w:styles>";

    private static String p(String style, boolean bold, float points, String text) {
        StringBuilder xml = new StringBuilder("<w:p>");
        if (style != null) {
            xml.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        }
        if (text.isEmpty()) {
            return xml.append("</w:p>").toString();
        }
        xml.append("<w:r>");
        if (bold || points > 0) {
            xml.append("<w:rPr>");
            if (bold) {
                xml.append("<w:b/>");
            }
            if (points > 0) {
                xml.append("<w:sz w:val=\"").append(Math.round(points * 2)).append("\"/>");
            }
            xml.append("</w:rPr>");
        }
        String[] pieces = text.split("\t", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                xml.append("<w:tab/>");
            }
            xml.append("<w:t xml:space=\"preserve\">").append(escape(pieces[i])).append("</w:t>");
        }
        return xml.append("</w:r></w:p>").toString();
    }

    private static String override(String part, String contentType) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + contentType + "\"/>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
