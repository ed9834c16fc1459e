package no.samspill.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a package so that the same content always gives the same bytes: entries in a fixed
 * order ([Content_Types].xml first, as readers expect, then the package relationships, then
 * the rest by name) and every entry stamped with the same local time, whatever the clock or
 * time zone of the machine.
 */
final class DeterministicZip {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";

    // A zip entry's own (DOS) time runs from 1980 to 2107. Outside it, ZipEntry.setTimeLocal falls
    // back to an extended timestamp computed in the JVM's time zone, and the bytes would differ
    // between machines; a date outside is stamped as the nearest day inside. Midnight of 1 January
    // 1980 is the very value the JDK uses to mean "before 1980", so the first day is the second.
    private static final LocalDate FIRST_ZIP_DAY = LocalDate.of(1980, 1, 2);
    private static final LocalDate LAST_ZIP_DAY = LocalDate.of(2107, 12, 31);

    private DeterministicZip() {}

    static LocalDate zipDay(LocalDate day) {
        return day.isBefore(FIRST_ZIP_DAY) ? FIRST_ZIP_DAY : day.isAfter(LAST_ZIP_DAY) ? LAST_ZIP_DAY : day;
    }

    static byte[] rewrite(byte[] zip, LocalDate timestamp) {
        LocalDate day = zipDay(timestamp);
        Map<String, byte[]> entries = new TreeMap<>(Comparator.comparingInt(DeterministicZip::rank)
                .thenComparing(Comparator.naturalOrder()));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                // The default level: level 9 took a fifth of the render time for a few per cent of size.
                out.setLevel(Deflater.DEFAULT_COMPRESSION);
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    ZipEntry written = new ZipEntry(entry.getKey());
                    written.setTimeLocal(day.atStartOfDay());
                    out.putNextEntry(written);
                    out.write(entry.getValue());
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int rank(String name) {
        if (name.equals(CONTENT_TYPES)) {
            return 0;
        }
        return name.equals(PACKAGE_RELATIONSHIPS) ? 1 : 2;
    }
}
