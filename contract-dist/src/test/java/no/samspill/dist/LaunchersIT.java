package no.samspill.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/samspill.cmd cannot run here (no Windows), so it is held to what bin/samspill, which the
 * other tests run, does: the same main class, the same JVM options, the class-data archive
 * made and used the same way, the same class path.
 */
class LaunchersIT {

    @TempDir
    Path temp;

    private String fromArchive(String name) throws IOException, InterruptedException {
        Path into = temp.resolve("unpacked");
        if (!Files.exists(into)) {
            Sandbox.untar(Installations.tarGz(), into);
        }
        byte[] bytes = Files.readAllBytes(into.resolve("samspill-" + Installations.version() + "/bin/" + name));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String only(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE | Pattern.UNIX_LINES).matcher(text);
        assertThat(m.find()).as("%s in%n%s", regex, text).isTrue();
        String found = m.group(1);
        assertThat(m.find()).as("%s more than once", regex).isFalse();
        return found;
    }

    @Test
    void theWindowsLauncherRunsWhatThePosixOneRuns() throws Exception {
        String sh = fromArchive("samspill");
        String cmd = fromArchive("samspill.cmd");

        assertThat(only(cmd, "^set \"JVM_FLAGS=([^\"]*)\"\\r$")).isEqualTo(only(sh, "^jvm_flags='([^']*)'$"));
        assertThat(only(cmd, "^set \"MAIN=([^\"]*)\"\\r$")).isEqualTo(only(sh, "^main=(\\S+)$"))
                .isEqualTo("no.samspill.cli.Main");
        // Every jar of lib/, in both.
        assertThat(only(cmd, "^set \"CP=([^\"]*)\"\\r$")).isEqualTo("%SAMSPILL_HOME%\\lib\\*");
        assertThat(sh).contains("for jar in \"$home\"/lib/*.jar; do");
        for (String option : List.of("-XX:SharedArchiveFile=", "-XX:ArchiveClassesAtExit=")) {
            assertThat(sh).contains(option);
            assertThat(cmd).contains(option);
        }
        // Both run the image's runtime first, then JAVA_HOME, then the PATH; both stop below 17.
        assertThat(List.of(sh.indexOf("if [ -x \"$home/runtime/bin/java\" ]"), sh.indexOf("elif [ -n \"${JAVA_HOME:-}\" ]"),
                sh.indexOf("elif command -v java"))).doesNotContain(-1).isSorted();
        assertThat(List.of(cmd.indexOf("if exist \"%SAMSPILL_HOME%\\runtime\\bin\\java.exe\""),
                cmd.indexOf("if not defined JAVA_HOME goto java_on_path"), cmd.indexOf("%%~$PATH:J"))).doesNotContain(-1).isSorted();
        assertThat(sh).contains("-lt 17");
        assertThat(cmd).contains("GEQ 17");
        // Built for this version, with the line ends of their systems.
        assertThat(sh).doesNotContain("@project.version@").contains("samspill " + Installations.version() + ":")
                .doesNotContain("\r");
        assertThat(cmd).doesNotContain("@project.version@").contains("samspill " + Installations.version() + ":");
        assertThat(cmd.split("\n")).allMatch(line -> line.isEmpty() || line.endsWith("\r"));
    }

    @Test
    void thePosixLauncherIsPlainShell() throws Exception {
        fromArchive("samspill");
        Path script = temp.resolve("unpacked/samspill-" + Installations.version() + "/bin/samspill");
        assertThat(Files.readAllLines(script).get(0)).isEqualTo("#!/bin/sh");
        // dash is Debian's /bin/sh and knows nothing of bash; -n reads the whole script.
        Path dash = Sandbox.which("dash");
        Path shell = dash != null ? dash : Path.of("/bin/sh");
        Sandbox.run(temp, Map.of("PATH", "/usr/bin:/bin"), List.of(shell.toString(), "-n", script.toString())).succeeded();
        assertThat(Files.readString(script)).doesNotContain("[[").doesNotContain("readlink -f")
                .doesNotContain("local ").doesNotContain("BASH_SOURCE");
    }
}
