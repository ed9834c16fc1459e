package no.samspill.catalogue;

import java.util.List;
import java.util.Optional;

/** The base agreements a template pack knows, in the order it lists them. */
public record BaseAgreementCatalogue(List<BaseAgreement> agreements) {

    public BaseAgreementCatalogue {
        agreements = List.copyOf(agreements);
    }

    public Optional<BaseAgreement> find(String code) {
        return agreements.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public List<String> codes() {
        return agreements.stream().map(BaseAgreement::code).toList();
    }
}
