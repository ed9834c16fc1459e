package no.samspill.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRendererTest {

    private final TextRenderer renderer = new TextRenderer();

    @Test
    void a_contract_is_printed_with_its_numbers_lists_tables_and_signatures() {
        assertThat(renderer.render(ContractFixture.relationalContract())).isEqualTo("""
                UTKAST

                Relasjonell kontrakt for drift av pasientjournal
                ================================================
                Tillegg til SSA-D Driftsavtalen

                Kunde:       Helse Nord-Vest HF
                             org.nr. 983 974 899
                Leverandør:  Journaldrift AS
                Referanse:   HNV-2026-017
                Dato:        1. desember 2026

                [Innholdsfortegnelse]

                Del I  Det relasjonelle grunnlaget
                ==================================

                1  Bakgrunn og formål

                Denne avtalen er inngått mellom Helse Nord-Vest HF (**Kunden**) og Journaldrift
                AS (**Leverandøren**), og bygger på Driftsavtalen. Partene skal samarbeide i god
                tro og dele informasjon som har betydning for leveransen.

                Uenighet håndteres etter stigen i punkt 3. Målene er nærmere beskrevet i vedlegg
                1.

                2  Felles mål

                Partene har disse _felles_ målene:

                2.1  Mål og måltall

                | Mål              | Måltall                   | Ansvarlig    |
                | ---------------- | ------------------------- | ------------ |
                | Stabil drift     | 99,8 % oppetid            | Leverandøren |
                | Rask feilretting | 4 timer for kritiske feil | Leverandøren |

                2.2  Prinsipper

                - **Åpenhet:** partene deler planer, risiko og feil tidlig.
                - Lojalitet: Kunden og Leverandøren ivaretar hverandres interesser.

                3  Håndtering av uenighet

                Uenighet løftes trinnvis:

                1. Relasjonsansvarlige møtes innen fem virkedager.
                2. Styringsgruppen behandler saken i neste møte.

                Se også veiledningen til SSA <https://www.digdir.no/ssa>.

                Del II  Styring av samarbeidet
                ==============================

                4  Revisjon

                Avtalen gjennomgås årlig, se punkt 2.1.

                For Kunden                                For Leverandøren
                Helse Nord-Vest HF                        Journaldrift AS

                Sted og dato: ________________            Sted og dato: ________________


                ______________________________            ______________________________
                Kari Nordmann                             Navn:
                Administrerende direktør                  Stilling:

                Vedlegg 1  Definisjon av måltall
                ================================

                Oppetid måles per kalendermåned.
                """);
    }

    @Test
    void an_english_final_contract_has_english_labels_and_no_draft_line() {
        String text = renderer.render(ContractFixture.relationalContract(false, "en"));

        assertThat(text).startsWith("Relasjonell kontrakt")
                .contains("\nPart I  Det relasjonelle grunnlaget\n", "\nPart II  Styring", "\nSchedule 1  Definisjon",
                        "Place and date: ", "For Kunden")
                .doesNotContain("DRAFT", "UTKAST", "Del I");
    }

    @Test
    void long_paragraphs_are_wrapped_at_eighty_columns_without_breaking_words() {
        String text = renderer.render(ContractFixture.relationalContract());

        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(TextRenderer.WIDTH));
    }

    @Test
    void rendering_twice_gives_the_same_text() {
        assertThat(renderer.render(ContractFixture.relationalContract()))
                .isEqualTo(renderer.render(ContractFixture.relationalContract()));
    }
}
