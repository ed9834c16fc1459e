package no.samspill.internal.validate;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import no.samspill.Check;
import no.samspill.CheckConfiguration;
import no.samspill.Problem;
import no.samspill.SchemaCheck;
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
    private final CheckConfiguration configuration;
    private final List<Check> checks;
    private final SchemaChecks schemaChecks;
    // Never closed: closing only drops caches, and the validator needs them for as long as it is used.
    private final ValidatorFactory validatorFactory;
    private final Validator beanValidator;
    private final MarkdownLite markdownLite = new MarkdownLite();

    public ContractValidator(BaseAgreementCatalogue catalogue) {
        this(catalogue, CheckConfiguration.BUILT_IN);
    }

    /**
     * A validator that runs the built-in checks but those {@code configuration} switches off, and
     * the checks it adds.
     *
     * @throws IllegalArgumentException when the configuration switches off a check that is not
     *     built in or cannot be switched off, or adds a check under a code already in use
     */
    public ContractValidator(BaseAgreementCatalogue catalogue, CheckConfiguration configuration) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue must not be null");
        this.configuration = Objects.requireNonNull(configuration, "configuration must not be null");
        this.checks = activeChecks(configuration);
        this.schemaChecks = new SchemaChecks(configuration.added());
        // The parameter interpolator needs no Expression Language implementation on the class path;
        // the messages users see are written by ViolationMessages in any case.
        this.validatorFactory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .defaultLocale(Locale.ENGLISH)
                .buildValidatorFactory();
        this.beanValidator = validatorFactory.getValidator();
    }

    /** The checks this validator runs, built-in ones first, in the order docs/checks.md lists them. */
    public List<Check> checks() {
        return checks;
    }

    private static List<Check> activeChecks(CheckConfiguration configuration) {
        for (String code : new TreeSet<>(configuration.switchedOff())) {
            if (!CheckCatalogue.BY_CODE.containsKey(code)) {
                String suggestion = Suggestions.closest(code, CheckCatalogue.BY_CODE.keySet())
                        .map(closest -> "; did you mean \"" + closest + "\"?").orElse("");
                throw new IllegalArgumentException("\"" + code + "\" is not a built-in check, so it cannot be"
                        + " switched off" + suggestion);
            }
            if (CheckCatalogue.ALWAYS_ON.contains(code)) {
                throw new IllegalArgumentException("the check \"" + code + "\" cannot be switched off: the contract"
                        + " cannot be written without what it requires");
            }
        }
        List<Check> active = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Check check : CheckCatalogue.ALL) {
            if (!configuration.switchedOff().contains(check.code())) {
                active.add(check);
                codes.add(check.code());
            }
        }
        for (SchemaCheck added : configuration.added()) {
            String code = added.check().code();
            if (CheckCatalogue.BY_CODE.containsKey(code) || !codes.add(code)) {
                throw new IllegalArgumentException("the check code \"" + code + "\" is already in use; give the"
                        + " pack's check a code of its own");
            }
            active.add(added.check());
        }
        return List.copyOf(active);
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
        ProblemSink sink = new ProblemSink(sourceMap, fileName, Set.copyOf(languageMaps), edition,
                configuration.switchedOff());
        reportBeanViolations(contract, sink);
        new ValueLimits(sink).check(contract);
        new CrossFieldRules(catalogue, markdownLite, sink).check(contract);
        new StructuralChecks(catalogue, sink).check(contract);
        schemaChecks.check(contract, sink);
        return sink.problems().stream().sorted(Problem.BY_POSITION).toList();
    }

    /**
     * Sorts the findings of one description into what stops generation, what is only a warning
     * and what the description accepts, by the acceptances under its {@code checks.accept}; also
     * checks those acceptances.
     *
     * @param contract the description as read; its acceptances apply
     * @param findings every finding in it, from reading and from {@link #validate}
     * @param strict whether warnings that are not accepted stop generation too
     */
    public Findings settle(Contract contract, List<Problem> findings, SourceMap sourceMap, String fileName,
            boolean strict) {
        ProblemSink sink = new ProblemSink(sourceMap, fileName, Set.of(), null, configuration.switchedOff());
        Findings settled = new Acceptances(checks, sink).settle(contract, findings);
        List<Problem> problems = new ArrayList<>(settled.problems());
        List<Problem> warnings = new ArrayList<>(settled.warnings());
        for (Problem finding : sink.problems()) {
            (finding.isWarning() ? warnings : problems).add(finding);
        }
        if (strict) {
            problems.addAll(warnings);
            warnings.clear();
        }
        problems.sort(Problem.BY_POSITION);
        warnings.sort(Problem.BY_POSITION);
        return new Findings(problems, warnings, settled.accepted());
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
