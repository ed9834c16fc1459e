package no.samspill.dist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** The archives this module's build wrote, and what is in them. */
final class Installations {

    private Installations() {}

    static String version() {
        return System.getProperty("samspill.version");
    }

    static Path distDir() {
        return Path.of(System.getProperty("samspill.dist.dir"));
    }

    static Path checkout() throws IOException {
        return Path.of(System.getProperty("samspill.checkout")).toRealPath();
    }

    static Path tarGz() {
        return distDir().resolve("samspill-" + version() + ".tar.gz");
    }

    static Path zip() {
        return distDir().resolve("samspill-" + version() + ".zip");
    }

    static Path image() {
        return distDir().resolve("samspill-" + version() + "-linux-x64.tar.gz");
    }

    /** The files (not directories) of a tar.gz, by name, with their Unix modes. */
    static Map<String, Integer> tarEntries(Path archive) throws IOException {
        Map<String, Integer> entries = new TreeMap<>();
        try (InputStream in = Files.newInputStream(archive);
                TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), entry.getMode() & 07777);
                }
            }
        }
        return entries;
    }

    /** The files (not directories) of a zip, by name, with their Unix modes. */
    static Map<String, Integer> zipEntries(Path archive) throws IOException {
        Map<String, Integer> entries = new TreeMap<>();
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
                ZipArchiveEntry entry = e.nextElement();
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), entry.getUnixMode() & 07777);
                }
            }
        }
        return entries;
    }

    /** Unpacks a zip as unzip does, with the Unix modes it records. */
    static void unzip(Path archive, Path into) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
                ZipArchiveEntry entry = e.nextElement();
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("entry outside the archive's directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                Files.setPosixFilePermissions(target, permissions(entry.getUnixMode()));
            }
        }
    }

    static Set<PosixFilePermission> permissions(int mode) {
        StringBuilder text = new StringBuilder();
        String letters = "rwxrwxrwx";
        for (int bit = 8; bit >= 0; bit--) {
            text.append((mode & (1 << bit)) != 0 ? letters.charAt(8 - bit) : '-');
        }
        return PosixFilePermissions.fromString(text.toString());
    }
}
