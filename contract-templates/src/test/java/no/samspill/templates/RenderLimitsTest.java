package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import no.samspill.TemplateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template that loops or recurses without end fails as a template error at its line, within
 * the render's limits, instead of running for ever or throwing {@link StackOverflowError}.
 */
class RenderLimitsTest {

    @TempDir
    Path directory;

    private void assertFailsAt(String template, int line, String message) {
        FreemarkerTemplatePack pack = TestPacks.in(directory).clause("loop", template).build();
        assertTimeoutPreemptively(Duration.ofSeconds(90), () ->
                assertThatThrownBy(() -> pack.render(Contracts.example()))
                        .isInstanceOfSatisfying(TemplateException.class, e -> {
                            assertThat(e.template()).isEqualTo("clauses/loop.nb.md.ftl");
                            assertThat(e.line()).isEqualTo(line);
                            assertThat(e.getMessage()).contains(message);
                        }));
    }

    @Test
    void aLoopThatWritesWithoutEndStopsAtTheOutputLimit() {
        assertFailsAt("## Løkke\n\n<#list 1..999999999 as i>\nTekst ${i}\n</#list>\n", 4, "characters");
    }

    @Test
    void aLoopThatWritesNothingStopsAtTheStepLimit() {
        assertFailsAt("## Løkke\n\n<#list 1..999999999 as i><#assign x = i></#list>\n", 3, "steps");
    }

    @Test
    void anEmptyLoopStops() {
        assertFailsAt("## Løkke\n\n<#list 1..999999999 as i></#list>\n", 3, "steps");
    }

    @Test
    void aMacroThatCallsItselfStopsAtTheNestingLimit() {
        assertFailsAt("## Løkke\n\n<#macro m>\n<@m/>\n</#macro>\n<@m/>\n", 3, "calls itself");
    }

    @Test
    void aFunctionThatCallsItselfStops() {
        assertFailsAt("## Løkke\n\n<#function f n>\n<#return f(n + 1)>\n</#function>\n${f(1)}\n", 3, "calls itself");
    }

    @Test
    void anEmptyLoopInAnIncludedHelperStopsToo() {
        FreemarkerTemplatePack pack = TestPacks.in(directory)
                .write("shared/helper.ftl", "\n<#list 1..999999999 as i></#list>\n")
                .clause("loop", "## Løkke\n\n<#include \"/shared/helper.ftl\">\n").build();

        assertTimeoutPreemptively(Duration.ofSeconds(90), () ->
                assertThatThrownBy(() -> pack.render(Contracts.example()))
                        .isInstanceOfSatisfying(TemplateException.class, e -> {
                            assertThat(e.template()).isEqualTo("shared/helper.ftl");
                            assertThat(e.line()).isEqualTo(2);
                        }));
    }
}
