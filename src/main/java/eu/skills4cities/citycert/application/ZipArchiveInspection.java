package eu.skills4cities.citycert.application;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks inside a ZIP-based document (DOCX, ODT, ...) without letting it unpack to more than a
 * bound: it counts the entries, the bytes it inflates in all and, for each entry, how many
 * bytes come out for every byte that went in, and stops at the first bound crossed. So a
 * 1 MB file that would inflate to 1 GiB (an "archive bomb") is refused after about a megabyte
 * of work, and a reader who opens an accepted file never meets one.
 */
final class ZipArchiveInspection {

    /** Far more than any office document has (a DOCX has a few dozen parts). */
    static final int MAX_ENTRIES = 1000;
    /** What all entries may inflate to together. */
    static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;
    /** Bytes out per byte in, per entry; XML compresses about 10:1, a run of zeros about 1000:1. */
    static final int MAX_RATIO = 100;
    /** Entries smaller than this are not held to the ratio: tiny parts compress oddly. */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;
    /** ZipInputStream reads ahead through a buffer of this size: counted input is off by at most this. */
    private static final int READ_AHEAD = 512;

    enum Verdict { SOUND, BOMB, DAMAGED }

    record Result(Verdict verdict, boolean hasWordDocument) {
    }

    private ZipArchiveInspection() {
    }

    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    static Result inspect(byte[] zip) {
        CountingInputStream raw = new CountingInputStream(new ByteArrayInputStream(zip));
        boolean wordDocument = false;
        long inflatedTotal = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    return new Result(Verdict.BOMB, wordDocument);
                }
                wordDocument |= entry.getName().equals("word/document.xml");
                long consumedAtStart = raw.count;
                long inflated = 0;
                int read;
                while ((read = in.read(buffer)) > 0) {
                    inflated += read;
                    inflatedTotal += read;
                    long consumed = Math.max(1, raw.count - consumedAtStart);
                    if (inflatedTotal > MAX_INFLATED_BYTES
                            || (inflated > RATIO_GRACE_BYTES && inflated > MAX_RATIO * (consumed + READ_AHEAD))) {
                        return new Result(Verdict.BOMB, wordDocument);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return new Result(Verdict.DAMAGED, wordDocument);
        }
        return new Result(entries == 0 ? Verdict.DAMAGED : Verdict.SOUND, wordDocument);
    }

    /** Counts the compressed bytes the inflater has taken so far. */
    private static final class CountingInputStream extends FilterInputStream {

        private long count;

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
