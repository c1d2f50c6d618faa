package dev.wecruit.platform.documents;

/**
 * How much a {@link DocumentReader} is willing to open. A CV is a few pages; the limits keep a hostile or mistaken
 * upload (a 900-page manual, a zip bomb posing as a Word file) from tying up a worker or its memory.
 *
 * @param maxPages          more pages than this is refused as {@link UnreadableDocumentException.Reason#TOO_MANY_PAGES}
 * @param maxDocxEntryBytes the largest uncompressed size of one part of a DOCX; at most {@link #CEILING_ENTRY_BYTES}
 * @param maxDocxEntries    the most parts a DOCX may hold
 * @param minInflateRatio   compressed / uncompressed size below which a DOCX part is taken for a zip bomb
 */
public record ReadLimits(int maxPages, long maxDocxEntryBytes, int maxDocxEntries, double minInflateRatio) {

    /**
     * POI's own zip-bomb guard is global (static setters only), so {@link DocumentReader} sets it once to this
     * ceiling as a backstop; the limits of each reader are checked per read before POI opens the file.
     */
    public static final long CEILING_ENTRY_BYTES = 256L * 1024 * 1024;

    public static final ReadLimits DEFAULT = new ReadLimits(30, 20L * 1024 * 1024, 500, 0.01);

    public ReadLimits {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1");
        }
        if (maxDocxEntryBytes < 1 || maxDocxEntryBytes > CEILING_ENTRY_BYTES) {
            throw new IllegalArgumentException("maxDocxEntryBytes must be between 1 and " + CEILING_ENTRY_BYTES);
        }
        if (maxDocxEntries < 1) {
            throw new IllegalArgumentException("maxDocxEntries must be at least 1");
        }
        if (!(minInflateRatio >= 0 && minInflateRatio < 1)) {
            throw new IllegalArgumentException("minInflateRatio must be in [0, 1)");
        }
    }

    public static ReadLimits defaults() {
        return DEFAULT;
    }

    public ReadLimits withMaxPages(int pages) {
        return new ReadLimits(pages, maxDocxEntryBytes, maxDocxEntries, minInflateRatio);
    }
}
