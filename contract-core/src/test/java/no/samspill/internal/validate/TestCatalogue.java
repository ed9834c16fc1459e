package no.samspill.internal.validate;

import java.util.List;
import no.samspill.catalogue.BaseAgreement;
import no.samspill.catalogue.BaseAgreementCatalogue;
import no.samspill.catalogue.BaseAgreementVersion;

/** A small catalogue for tests; the real one is data in contract-templates. */
final class TestCatalogue {

    private TestCatalogue() {}

    static BaseAgreementCatalogue catalogue() {
        return new BaseAgreementCatalogue(List.of(
                agreement("SSA-L", "Avtale om løpende tjenestekjøp over Internett", "Cloud services agreement", "2018"),
                agreement("SSA-D", "Driftsavtalen", "Operational Services Agreement", "2015", "2018"),
                agreement("SSA-S", "Smidigavtalen", "Agile Software Development Agreement", "2015", "2018")));
    }

    private static BaseAgreement agreement(String code, String nameNb, String nameEn, String... versions) {
        return new BaseAgreement(code, nameNb, nameEn, List.of(versions).stream()
                .map(v -> new BaseAgreementVersion(v, null, null, null, null))
                .toList());
    }
}
