package no.samspill.internal.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import no.samspill.TemplateException;
import no.samspill.model.Contract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each of the render limits on its own, with the others out of the way. */
class RenderGuardTest {

    private static final long NO_STEPS_LIMIT = Long.MAX_VALUE;
    private static final int NO_OUTPUT_LIMIT = Integer.MAX_VALUE;

    @TempDir
    Path directory;

    private TemplateEngine pack(String template, RenderLimits limits) throws IOException {
        Files.createDirectories(directory.resolve("clauses"));
        Files.writeString(directory.resolve("pack.yaml"), "name: t\nlanguages: [nb]\nclauses:\n  - { id: loop, version: 1 }\n");
        Files.writeString(directory.resolve("clauses/loop.nb.md.ftl"), template);
        return new TemplateEngine("t", PackFiles.directory(directory), limits);
    }

    private static Contract contract() {
        return PackChecks.description("maximal");
    }

    @Test
    void aLoopStopsAtTheDeadline() throws IOException {
        TemplateEngine engine = pack("## Løkke\n\n<#list 1..999999999 as i></#list>\n",
                new RenderLimits(NO_STEPS_LIMIT, 300, NO_OUTPUT_LIMIT, Duration.ofMillis(300)));

        long start = System.nanoTime();
        assertThatThrownBy(() -> engine.render(contract()))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("clauses/loop.nb.md.ftl");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("ran for more than 0.3 seconds");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aRecursionDeeperThanTheStackIsATemplateErrorNotAStackOverflowError() throws IOException {
        TemplateEngine engine = pack("## Løkke\n\n<#macro m>\n<@m/>\n</#macro>\n<@m/>\n",
                new RenderLimits(NO_STEPS_LIMIT, Integer.MAX_VALUE, NO_OUTPUT_LIMIT, Duration.ofMinutes(1)));

        assertThatThrownBy(() -> engine.render(contract()))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("clauses/loop.nb.md.ftl");
                    assertThat(e.line()).isBetween(3, 4);
                    assertThat(e.getMessage()).contains("calls itself without end");
                });
    }

    @Test
    void theLimitsCountTheWholeRenderAndAllowAnOrdinaryOne() throws IOException {
        TemplateEngine engine = pack("## Løkke\n\n<#list 1..100 as i>${i} </#list>\n",
                new RenderLimits(NO_STEPS_LIMIT, 300, 250, Duration.ofMinutes(1)));

        assertThatThrownBy(() -> engine.render(contract()))
                .isInstanceOfSatisfying(TemplateException.class, e ->
                        assertThat(e.getMessage()).contains("wrote more than 250 characters"));
        assertThat(new TemplateEngine("t", PackFiles.directory(directory)).render(contract())).isNotNull();
    }

    @Test
    void anInterruptedThreadStopsTheRenderAndKeepsItsInterrupt() throws IOException {
        TemplateEngine engine = pack("## Løkke\n\n<#list 1..999999999 as i></#list>\n", RenderLimits.DEFAULT);

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> engine.render(contract()))
                    .isInstanceOf(no.samspill.ContractException.class)
                    .hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
