package no.samspill.render;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import no.samspill.doc.Appendix;
import no.samspill.doc.Block;
import no.samspill.doc.BulletList;
import no.samspill.doc.CoverPage;
import no.samspill.doc.CrossReference;
import no.samspill.doc.DefinedTerm;
import no.samspill.doc.Document;
import no.samspill.doc.DocumentInfo;
import no.samspill.doc.Emphasis;
import no.samspill.doc.Inline;
import no.samspill.doc.Link;
import no.samspill.doc.ListItem;
import no.samspill.doc.OrderedList;
import no.samspill.doc.Paragraph;
import no.samspill.doc.Part;
import no.samspill.doc.Section;
import no.samspill.doc.SignatureBlock;
import no.samspill.doc.Strong;
import no.samspill.doc.Table;
import no.samspill.doc.TableOfContents;
import no.samspill.doc.Text;

/** A small but realistic relational contract in Norwegian, built as the templates would build it. */
final class ContractFixture {

    private ContractFixture() {}

    static Document relationalContract() {
        return relationalContract(true, "nb");
    }

    static Document relationalContract(boolean draft, String language) {
        DocumentInfo info = new DocumentInfo(
                "Relasjonell kontrakt for drift av pasientjournal",
                "Relasjonell kontrakt",
                List.of("relasjonell kontrakt", "SSA-D 2018"),
                language,
                "HNV-2026-017",
                draft,
                LocalDate.of(2026, 12, 1),
                "samspill");
        return new Document(info, List.of(
                new CoverPage(
                        text("Relasjonell kontrakt for drift av pasientjournal"),
                        text("Tillegg til SSA-D Driftsavtalen"),
                        List.of(
                                new CoverPage.CoverField("Kunde", List.of("Helse Nord-Vest HF", "org.nr. 983 974 899")),
                                new CoverPage.CoverField("Leverandør", List.of("Journaldrift AS")),
                                new CoverPage.CoverField("Referanse", List.of("HNV-2026-017")),
                                new CoverPage.CoverField("Dato", List.of("1. desember 2026")))),
                new TableOfContents(text("Innholdsfortegnelse")),
                new Part("foundation", text("Det relasjonelle grunnlaget"), List.of(
                        new Section("background", text("Bakgrunn og formål"), List.of(
                                paragraph(new Text("Denne avtalen er inngått mellom Helse Nord-Vest HF ("),
                                        new DefinedTerm("Kunden", true),
                                        new Text(") og Journaldrift AS ("),
                                        new DefinedTerm("Leverandøren", true),
                                        new Text("), og bygger på Driftsavtalen. Partene skal samarbeide i god tro"
                                                + " og dele informasjon som har betydning for leveransen.")),
                                paragraph(new Text("Uenighet håndteres etter stigen i punkt "),
                                        new CrossReference("escalation", null),
                                        new Text(". Målene er nærmere beskrevet i vedlegg "),
                                        new CrossReference("measures", null),
                                        new Text("."))), null),
                        new Section("objectives", text("Felles mål"), List.of(
                                paragraph(new Text("Partene har disse "), new Emphasis(text("felles")),
                                        new Text(" målene:")),
                                new Section("objective-measures", text("Mål og måltall"), List.of(
                                        new Table(1, List.of(
                                                row("Mål", "Måltall", "Ansvarlig"),
                                                row("Stabil drift", "99,8 % oppetid", "Leverandøren"),
                                                row("Rask feilretting", "4 timer for kritiske feil", "Leverandøren")))),
                                        null),
                                new Section(null, text("Prinsipper"), List.of(
                                        new BulletList(List.of(
                                                item(paragraph(new Strong(text("Åpenhet:")),
                                                        new Text(" partene deler planer, risiko og feil tidlig."))),
                                                item(paragraph(new Text("Lojalitet: "), new DefinedTerm("Kunden", false),
                                                        new Text(" og "), new DefinedTerm("Leverandøren", false),
                                                        new Text(" ivaretar hverandres interesser.")))))),
                                        null)), null),
                        new Section("escalation", text("Håndtering av uenighet"), List.of(
                                paragraph(new Text("Uenighet løftes trinnvis:")),
                                new OrderedList(1, List.of(
                                        item(paragraph(new Text("Relasjonsansvarlige møtes innen fem virkedager."))),
                                        item(paragraph(new Text("Styringsgruppen behandler saken i neste møte."))))),
                                paragraph(new Text("Se også "),
                                        new Link("https://www.digdir.no/ssa", text("veiledningen til SSA")),
                                        new Text("."))), null)), null),
                new Part("governance", text("Styring av samarbeidet"), List.of(
                        new Section("review", text("Revisjon"), List.of(
                                paragraph(new Text("Avtalen gjennomgås årlig, se punkt "),
                                        new CrossReference("objective-measures", null), new Text("."))), null)),
                        null),
                new SignatureBlock(List.of(
                        new SignatureBlock.Signatory("Kunden", "Helse Nord-Vest HF", "Kari Nordmann", "Administrerende direktør"),
                        new SignatureBlock.Signatory("Leverandøren", "Journaldrift AS", null, null))),
                new Appendix("measures", text("Definisjon av måltall"), List.of(
                        paragraph(new Text("Oppetid måles per kalendermåned."))), null)));
    }

    private static List<Inline> text(String text) {
        return List.of(new Text(text));
    }

    private static Paragraph paragraph(Inline... inlines) {
        return new Paragraph(Arrays.asList(inlines));
    }

    private static ListItem item(Block... blocks) {
        return new ListItem(Arrays.asList(blocks));
    }

    private static Table.Row row(String... cells) {
        return new Table.Row(Arrays.stream(cells).map(cell -> new Table.Cell(text(cell))).toList());
    }
}
