package dev.wecruit.platform.documents;

import dev.wecruit.platform.documents.UnreadableDocumentException.Reason;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads a PDF, DOCX, DOC or plain-text file into a {@link ReadDocument}: text in reading order plus lines with
 * layout. Thread-safe: each read uses its own parser objects. A read checks the calling thread's interrupt flag
 * between pages and paragraphs, so a caller that runs it under a timeout can stop it.
 */
public final class DocumentReader {

    static {
        // POI's zip-bomb guard only has global setters. Each read checks this reader's own limits before POI sees
        // the bytes; this backstop only keeps POI from ever inflating a part larger than any reader may allow.
        if (ZipSecureFile.getMaxEntrySize() > ReadLimits.CEILING_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(ReadLimits.CEILING_ENTRY_BYTES);
        }
    }

    // a scan's only text is a watermark such as "Scanned with CamScanner"; a real CV has thousands of letters
    private static final int MIN_LETTERS_PER_PAGE = 40;
    // for formats without reliable page counts: a dense page of a CV holds fewer characters than this
    private static final int CHARACTERS_PER_PAGE = 6000;
    // POI's own grace size: small parts compress oddly well without being bombs
    private static final long INFLATE_RATIO_GRACE_BYTES = 1024 * 1024;

    private final ReadLimits limits;

    public DocumentReader() {
        this(ReadLimits.DEFAULT);
    }

    public DocumentReader(ReadLimits limits) {
        this.limits = limits;
    }

    public ReadLimits limits() {
        return limits;
    }

    /**
     * @throws UnreadableDocumentException with a message for the recruiter when the file is not one we read, is
     *                                     protected, holds no text, is damaged, too long, a zip bomb, or the thread
     *                                     was interrupted
     */
    public ReadDocument read(byte[] content) throws UnreadableDocumentException {
        DocumentFormat format = DocumentFormat.detect(content).orElseThrow(() -> new UnreadableDocumentException(
                Reason.UNSUPPORTED_TYPE, null,
                "This file is not a PDF, Word or plain-text document: save the CV as PDF or Word and upload it again"));
        if (Thread.currentThread().isInterrupted()) {
            throw interrupted(format, null);
        }
        return switch (format) {
            case PDF -> readPdf(content);
            case DOCX -> readDocx(content);
            case DOC -> readDoc(content);
            case TEXT -> readText(content);
        };
    }

    // ---- PDF --------------------------------------------------------------------------------------------------

    private ReadDocument readPdf(byte[] content) throws UnreadableDocumentException {
        PDDocument pdf;
        try {
            pdf = Loader.loadPDF(content);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED, DocumentFormat.PDF,
                    "This PDF is password-protected: remove the password and upload it again", e);
        } catch (IOException | RuntimeException e) {
            throw corrupt(DocumentFormat.PDF, e);
        }
        try (pdf) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw corrupt(DocumentFormat.PDF, null);
            }
            if (pages > limits.maxPages()) {
                throw tooManyPages(DocumentFormat.PDF);
            }
            LinesBuilder out = new LinesBuilder();
            PdfText text = new PdfText(out);
            text.read(pdf);
            if (text.letters() < MIN_LETTERS_PER_PAGE * pages || text.unreadableGlyphs() > text.letters()) {
                throw new UnreadableDocumentException(Reason.NO_TEXT, DocumentFormat.PDF,
                        "This PDF has no text layer (it is a scan or an image): upload the original document, "
                                + "or a PDF saved from Word or another editor");
            }
            return out.build(DocumentFormat.PDF, pages);
        } catch (InterruptedIOException | PdfText.ReadInterruptedException e) {
            throw interrupted(DocumentFormat.PDF, e);
        } catch (IOException | RuntimeException e) {
            throw corrupt(DocumentFormat.PDF, e);
        }
    }

    // ---- DOCX -------------------------------------------------------------------------------------------------

    private ReadDocument readDocx(byte[] content) throws UnreadableDocumentException {
        if ((content[0] & 0xFF) == 0xD0) {
            // an OLE2 container holding an EncryptedPackage: Word's "Encrypt with password"
            throw new UnreadableDocumentException(Reason.ENCRYPTED, DocumentFormat.DOCX,
                    "This Word file is password-protected: remove the password and upload it again");
        }
        checkArchive(content);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content))) {
            LinesBuilder out = new LinesBuilder();
            DocxText text = new DocxText(docx, out);
            text.read();
            int declared = 0;
            try {
                declared = docx.getProperties().getExtendedProperties().getPages();
            } catch (RuntimeException e) {
                // no docProps/app.xml: a generated file; the page marks and the length tell instead
            }
            int pages = Math.max(Math.max(declared, text.pagesSeen()), estimatedPages(out.textLength()));
            if (pages > limits.maxPages()) {
                throw tooManyPages(DocumentFormat.DOCX);
            }
            return requireText(out.build(DocumentFormat.DOCX, Math.max(declared, text.pagesSeen())));
        } catch (InterruptedIOException e) {
            throw interrupted(DocumentFormat.DOCX, e);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED, DocumentFormat.DOCX,
                    "This Word file is password-protected: remove the password and upload it again", e);
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw archiveTooLarge(e);
            }
            throw corrupt(DocumentFormat.DOCX, e);
        }
    }

    /**
     * Inflates every part once, counting, before POI unpacks the file: more parts than allowed, a part larger than
     * allowed, or a part that inflates far beyond its compressed size is a zip bomb. POI would unpack every part into
     * memory on open, so every part is checked, not only the XML.
     */
    private void checkArchive(byte[] content) throws UnreadableDocumentException {
        CountingInputStream counting = new CountingInputStream(new ByteArrayInputStream(content));
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(counting)) {
            int entries = 0;
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxDocxEntries()) {
                    throw archiveTooLarge(null);
                }
                long compressedStart = counting.count;
                long inflated = 0;
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    inflated += read;
                    if (inflated > limits.maxDocxEntryBytes()) {
                        throw archiveTooLarge(null);
                    }
                    if (inflated > INFLATE_RATIO_GRACE_BYTES) {
                        double ratio = (double) (counting.count - compressedStart) / inflated;
                        if (ratio < limits.minInflateRatio()) {
                            throw archiveTooLarge(null);
                        }
                    }
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if ((entries & 15) == 0 && Thread.currentThread().isInterrupted()) {
                    throw interrupted(DocumentFormat.DOCX, null);
                }
            }
            if (entries == 0) {
                throw corrupt(DocumentFormat.DOCX, null);
            }
        } catch (ZipException e) {
            throw corrupt(DocumentFormat.DOCX, e);
        } catch (IOException | IllegalArgumentException e) {
            throw corrupt(DocumentFormat.DOCX, e);
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("zip bomb")
                    || message.contains(ZipSecureFile.MAX_FILE_COUNT_MSG.substring(0, 20)))) {
                return true;
            }
        }
        return false;
    }

    // ---- DOC --------------------------------------------------------------------------------------------------

    private ReadDocument readDoc(byte[] content) throws UnreadableDocumentException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content));
                HWPFDocument doc = new HWPFDocument(fs)) {
            int declared = 0;
            try {
                declared = doc.getSummaryInformation() == null ? 0 : doc.getSummaryInformation().getPageCount();
            } catch (RuntimeException e) {
                // summary information is optional
            }
            if (declared > limits.maxPages()) {
                throw tooManyPages(DocumentFormat.DOC);
            }
            LinesBuilder out = new LinesBuilder();
            DocText text = new DocText(doc, out);
            text.read();
            if (Math.max(text.pagesSeen(), estimatedPages(out.textLength())) > limits.maxPages()) {
                throw tooManyPages(DocumentFormat.DOC);
            }
            return requireText(out.build(DocumentFormat.DOC, Math.max(declared, text.pagesSeen())));
        } catch (InterruptedIOException e) {
            throw interrupted(DocumentFormat.DOC, e);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED, DocumentFormat.DOC,
                    "This Word file is password-protected: remove the password and upload it again", e);
        } catch (OldWordFileFormatException e) {
            throw new UnreadableDocumentException(Reason.UNSUPPORTED_TYPE, DocumentFormat.DOC,
                    "This Word file is from Word 95 or older: save it as a newer Word file or a PDF and upload it again",
                    e);
        } catch (IOException | RuntimeException e) {
            throw corrupt(DocumentFormat.DOC, e);
        }
    }

    // ---- text -------------------------------------------------------------------------------------------------

    private ReadDocument readText(byte[] content) throws UnreadableDocumentException {
        if (estimatedPages(content.length / 2) > limits.maxPages()) {
            throw tooManyPages(DocumentFormat.TEXT);
        }
        String decoded = DocumentFormat.TextDecoding.decode(content)
                .orElseThrow(() -> corrupt(DocumentFormat.TEXT, null));
        if (estimatedPages(decoded.length()) > limits.maxPages()) {
            throw tooManyPages(DocumentFormat.TEXT);
        }
        LinesBuilder out = new LinesBuilder();
        int page = 1;
        int from = 0;
        int lines = 0;
        for (int i = 0; i <= decoded.length(); i++) {
            char c = i == decoded.length() ? '\n' : decoded.charAt(i);
            if (c == '\n' || c == '\r' || c == '\f') {
                out.add(decoded.substring(from, i), page, 0, false, false, 0, TextLine.Block.BODY, 0, 0);
                if (c == '\r' && i + 1 < decoded.length() && decoded.charAt(i + 1) == '\n') {
                    i++;
                }
                if (c == '\f') {
                    page++;
                    out.blockBreak();
                }
                from = i + 1;
                if ((++lines & 1023) == 0 && Thread.currentThread().isInterrupted()) {
                    throw interrupted(DocumentFormat.TEXT, null);
                }
            }
        }
        if (page > limits.maxPages()) {
            throw tooManyPages(DocumentFormat.TEXT);
        }
        return requireText(out.build(DocumentFormat.TEXT, page));
    }

    // ---- errors -----------------------------------------------------------------------------------------------

    private static int estimatedPages(int characters) {
        return (characters + CHARACTERS_PER_PAGE - 1) / CHARACTERS_PER_PAGE;
    }

    private static ReadDocument requireText(ReadDocument document) throws UnreadableDocumentException {
        if (document.lines().isEmpty()) {
            throw new UnreadableDocumentException(Reason.NO_TEXT, document.format(),
                    "This file has no text in it: upload the CV itself, saved from Word or as a PDF");
        }
        return document;
    }

    private UnreadableDocumentException tooManyPages(DocumentFormat format) {
        return new UnreadableDocumentException(Reason.TOO_MANY_PAGES, format,
                "This file has more than " + limits.maxPages() + " pages: upload the CV on its own");
    }

    private static UnreadableDocumentException archiveTooLarge(Throwable cause) {
        return new UnreadableDocumentException(Reason.ARCHIVE_TOO_LARGE, DocumentFormat.DOCX,
                "This Word file unpacks to far more data than a CV holds, so it was not opened", cause);
    }

    private static UnreadableDocumentException corrupt(DocumentFormat format, Throwable cause) {
        String message = switch (format) {
            case PDF -> "This PDF is damaged and cannot be read";
            case DOCX, DOC -> "This Word file is damaged and cannot be read";
            case TEXT -> "This text file cannot be read";
        };
        return new UnreadableDocumentException(Reason.CORRUPT, format, message, cause);
    }

    private static UnreadableDocumentException interrupted(DocumentFormat format, Throwable cause) {
        return new UnreadableDocumentException(Reason.INTERRUPTED, format,
                "Reading this file was stopped before it finished: try again", cause);
    }

    /** Counts bytes the zip reader has pulled from the file, to compare with what it inflated. */
    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
