package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import no.samspill.TemplateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateFailuresTest {

    @TempDir
    Path directory;

    @Test
    void anUndefinedVariableNamesTheTemplateAndLine() {
        TestPacks pack = TestPacks.in(directory).clause("broken", "## Tittel\n\nTekst.\nHer: ${contract.nonexistent}\n");

        assertThatThrownBy(() -> pack.build().render(Contracts.example()))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("clauses/broken.nb.md.ftl");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).startsWith("clauses/broken.nb.md.ftl:4: ")
                            .contains("contract.nonexistent").doesNotContain("freemarker.", "Tip:");
                });
    }

    @Test
    void anUnknownLabelNamesTheLabelFileAndTheTemplateLine() {
        TestPacks pack = TestPacks.in(directory).clause("broken", "\n${label(\"no.such.label\")}\n");

        assertThatThrownBy(() -> pack.build().render(Contracts.example()))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("there is no label \"no.such.label\" in labels.nb.properties");
                });
    }

    @Test
    void aTemplateThatCannotBeParsedFailsWhenThePackIsBuilt() {
        TestPacks pack = TestPacks.in(directory).clause("broken", "Tekst.\n<#if contract.title>\nuten slutt\n");

        assertThatThrownBy(pack::build)
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("clauses/broken.nb.md.ftl");
                    assertThat(e.line()).isGreaterThanOrEqualTo(2);
                });
    }

    @Test
    void aClauseWithoutATemplateFailsWhenThePackIsBuilt() {
        TestPacks pack = TestPacks.in(directory).clause("exists", "Tekst.\n")
                .write("pack.yaml", "name: t\nlanguages: [nb]\nclauses:\n  - { id: missing, version: 1 }\n");

        assertThatThrownBy(() -> FreemarkerTemplatePack.fromDirectory(directory))
                .isInstanceOfSatisfying(TemplateException.class, e ->
                        assertThat(e.template()).isEqualTo("clauses/missing.nb.md.ftl"));
    }

    @Test
    void aConditionOnAFieldTheDescriptionDoesNotHaveFailsWhenThePackIsBuilt() {
        TestPacks pack = TestPacks.in(directory).clauseWhen("x", "governance.noSuchField", "Tekst.\n");

        assertThatThrownBy(pack::build)
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("pack.yaml");
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.getMessage()).contains("\"governance.noSuchField\", which is not a field of the description");
                });
    }

    @Test
    void anUnknownKeyInTheManifestIsReportedWithItsLine() {
        TestPacks.in(directory).write("pack.yaml", "name: t\nlanguages: [nb]\nclauses:\n  - { id: a, version: 1, whne: risks }\n");

        assertThatThrownBy(() -> FreemarkerTemplatePack.fromDirectory(directory))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("pack.yaml");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("unknown key \"whne\"");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
        "${contract?api.getClass().getName()}",
        "${contract.getClass().getName()}",
        "${contract.class.name}",
        "${fmt.getClass()}",
        "${base.getClass()}",
        "${base.clauses.getClass()}",
        "${base.clauses?api.getClass()}",
        "${contract.language.getDeclaringClass()}",
        "${statics[\"java.lang.System\"].getenv()}",
    })
    void aTemplateCannotReachJavaClasses(String expression) {
        TestPacks pack = TestPacks.in(directory).clause("escape", "Tekst.\n" + expression + "\n");

        assertThatThrownBy(() -> pack.build().render(Contracts.example()))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("clauses/escape.nb.md.ftl");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).containsAnyOf("is not allowed in the template for security reasons",
                            "\"api_builtin_enabled\" configuration setting is false", "has evaluated to null or missing");
                });
    }
}
