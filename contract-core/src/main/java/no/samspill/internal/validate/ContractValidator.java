package no.samspill.internal.validate;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import no.samspill.Problem;
import no.samspill.catalogue.BaseAgreementCatalogue;
import no.samspill.internal.read.SourceMap;
import no.samspill.model.Contract;
import no.samspill.model.Language;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a contract description that has been read into the model, and reports every problem in
 * it at once, in the order of the file.
 *
 * <p>Immutable and safe to share between threads: build one per catalogue and reuse it. The
 * Bean Validation factory it holds lives as long as the validator; it holds no resources that
 * need closing beyond memory.
 */
public final class ContractValidator {

    private final BaseAgreementCatalogue catalogue;
    // Never closed: closing only drops caches, and the validator needs them for as long as it is used.
    private final ValidatorFactory validatorFactory;
    private final Validator beanValidator;
    private final MarkdownLite markdownLite = new MarkdownLite();

    public ContractValidator(BaseAgreementCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue must not be null");
        // The parameter interpolator needs no Expression Language implementation on the class path;
        // the messages users see are written by ViolationMessages in any case.
        this.validatorFactory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .defaultLocale(Locale.ENGLISH)
                .buildValidatorFactory();
        this.beanValidator = validatorFactory.getValidator();
    }

    /**
     * Every problem in {@code contract}, sorted by {@link Problem#BY_POSITION}; empty when it is valid.
     *
     * @param sourceMap where each value starts in the file the contract was read from
     * @param fileName the file name as the user gave it, for the problem lines
     */
    public List<Problem> validate(Contract contract, SourceMap sourceMap, String fileName) {
        return validate(contract, sourceMap, fileName, Set.of());
    }

    /**
     * As {@link #validate(Contract, SourceMap, String)}, for a contract read as one edition of a
     * description whose {@code languageMaps} are given per language: a problem with such a text
     * is reported at the entry of the contract's language, {@code objectives[0].title.en}.
     */
    public List<Problem> validate(Contract contract, SourceMap sourceMap, String fileName, Set<String> languageMaps) {
        Objects.requireNonNull(contract, "contract must not be null");
        Objects.requireNonNull(sourceMap, "sourceMap must not be null");
        Objects.requireNonNull(fileName, "fileName must not be null");
        Language edition = contract.contract() == null ? null : contract.contract().language();
        ProblemSink sink = new ProblemSink(sourceMap, fileName, Set.copyOf(languageMaps), edition);
        reportBeanViolations(contract, sink);
        new ValueLimits(sink).check(contract);
        new CrossFieldRules(catalogue, markdownLite, sink).check(contract);
        return sink.problems().stream().sorted(Problem.BY_POSITION).toList();
    }

    /**
     * Whether the two columns of a parallel edition, read from one description, can stand side by
     * side: each text with the same paragraphs and lists as its translation.
     */
    public List<Problem> compareEditions(Contract left, Contract right, SourceMap sourceMap, String fileName) {
        ProblemSink sink = new ProblemSink(sourceMap, fileName, Set.of(), null);
        new EditionParity(markdownLite, sink, left.contract().language(), right.contract().language()).check(left, right);
        return sink.problems().stream().sorted(Problem.BY_POSITION).toList();
    }

    private void reportBeanViolations(Contract contract, ProblemSink sink) {
        Set<ConstraintViolation<Contract>> violations = beanValidator.validate(contract);
        // A value that is missing or empty also fails its pattern or size; the absence is the whole story.
        Set<String> absentPaths = new HashSet<>();
        for (ConstraintViolation<Contract> violation : violations) {
            if (ViolationMessages.isAbsence(violation)) {
                absentPaths.add(ViolationMessages.path(violation.getPropertyPath()));
            }
        }
        for (ConstraintViolation<Contract> violation : violations) {
            String path = ViolationMessages.path(violation.getPropertyPath());
            if (ViolationMessages.isAbsence(violation) || !absentPaths.contains(path)) {
                sink.report(path, ViolationMessages.message(violation));
            }
        }
    }
}
