package dev.wecruit.bench.cv;

/** The visual layouts of the development set; the label's {@code layout} is the id. */
enum CvDevSetLayout {
    PDF_ONE_COLUMN("pdf", "pdf-one-column", "one column, as exported from Word or Google Docs"),
    PDF_LEFT_SIDEBAR("pdf", "pdf-two-column-left-sidebar", "shaded left sidebar with contacts, skills, languages"),
    PDF_RIGHT_SIDEBAR("pdf", "pdf-two-column-right-sidebar", "right sidebar with skills and languages"),
    PDF_HEADER_BAND("pdf", "pdf-header-band", "coloured header band with a large name, Canva-like"),
    PDF_LATEX("pdf", "pdf-latex-like", "Times, small-caps headings, dates right-aligned on the title line"),
    DOCX_HEADINGS("docx", "docx-headings", "paragraphs with Title and Heading styles, list bullets"),
    DOCX_TABLE_DATES("docx", "docx-table-dates", "borderless two-column tables: dates left, details right"),
    DOCX_TABLE_SIDEBAR("docx", "docx-table-sidebar", "one-row table whose shaded left cell is a sidebar"),
    DOCX_TEXT_BOX("docx", "docx-text-box", "name and contacts inside a text box (VML or DrawingML)"),
    DOCX_HEADER_FOOTER("docx", "docx-header-footer", "name and contacts in the page header, page numbers in the footer"),
    TXT_PLAIN("txt", "txt-plain", "plain text as pasted into a job board or typed in Notepad");

    final String format;
    final String id;
    final String description;

    CvDevSetLayout(String format, String id, String description) {
        this.format = format;
        this.id = id;
        this.description = description;
    }
}
