package no.samspill.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import no.samspill.catalogue.BaseAgreement;
import no.samspill.catalogue.BaseAgreementVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code samspill bases}: the standard agreements a description can build on. */
@Command(
        name = "bases",
        header = "List the standard agreements samspill can build on.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lists the base-agreement catalogue: each SSA code with its versions, its names in "
                + "Norwegian and English, and the appendix numbers and clauses the catalogue has verified. Where "
                + "a number is not verified the contract names the appendix by its title; give the number in the "
                + "description, under contract.baseAgreement (changesAppendix, administrativeAppendix).",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {
            "0:The catalogue was listed.",
            "2:Usage error: an unknown option or argument.",
            "3:The --templates pack could not be read, " + ExitCodes.UNEXPECTED + "."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  samspill bases", "  samspill bases --templates firmaklausuler/"})
final class BasesCommand extends PackCommand implements Callable<Integer> {

    @ParentCommand
    private SamspillCommand parent;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<BaseAgreement> agreements = parent.generator(pack).templates().catalogue().agreements();
        int codeWidth = agreements.stream().mapToInt(a -> a.code().length()).max().orElse(4) + 2;
        for (BaseAgreement agreement : agreements) {
            List<String> versions = agreement.versions().stream().map(BaseAgreementVersion::version).toList();
            String indent = " ".repeat(codeWidth);
            out.println(pad(agreement.code(), codeWidth) + agreement.nameNb());
            out.println(indent + agreement.nameEn());
            out.println(indent + "versions: " + String.join(", ", versions) + " (newest: " + agreement.newest().version() + ")");
            for (BaseAgreementVersion version : agreement.versions()) {
                String facts = facts(version);
                String clauses = clauses(version);
                if (!facts.isEmpty()) {
                    out.println(indent + version.version() + ": " + facts);
                }
                if (!clauses.isEmpty()) {
                    String head = facts.isEmpty() ? version.version() + ": " : " ".repeat(version.version().length() + 2);
                    out.println(indent + head + "clauses: " + clauses);
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String facts(BaseAgreementVersion version) {
        List<String> facts = new ArrayList<>();
        if (version.changesAppendix() != null) {
            facts.add("changes to the general text in appendix " + version.changesAppendix());
        }
        if (version.administrativeAppendix() != null) {
            facts.add("administrative provisions in appendix " + version.administrativeAppendix());
        }
        if (version.changesAfterSigningAppendix() != null) {
            facts.add("changes after signing in appendix " + version.changesAfterSigningAppendix());
        }
        if (version.priceAppendix() != null) {
            facts.add((version.bonusInPriceAppendix() ? "price and bonus" : "price") + " in appendix "
                    + version.priceAppendix());
        }
        if (version.serviceLevelAppendix() != null) {
            facts.add("service levels in appendix " + version.serviceLevelAppendix());
        }
        if (version.disputeClause() != null) {
            facts.add("disputes in clause " + version.disputeClause());
        }
        return String.join("; ", facts);
    }

    /** "1.3 (precedence), 1.5 (representatives)": the clause numbers a contract may cite, with the key templates use. */
    private static String clauses(BaseAgreementVersion version) {
        List<String> clauses = new ArrayList<>();
        version.clauses().forEach((key, clause) -> clauses.add(clause.number() + " (" + key + ")"));
        return String.join(", ", clauses);
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(1, width - s.length()));
    }
}
