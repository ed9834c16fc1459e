package no.samspill.internal.validate;

/**
 * A check a template pack adds whose schema samspill cannot run: not a JSON object, not valid
 * against its draft's meta-schema, with a keyword no draft has, or referring to a schema outside
 * itself. It tells where in the schema the fault is, so that a pack's manifest can name its line.
 */
public final class InvalidCheckSchemaException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String location;
    private final String problem;

    InvalidCheckSchemaException(String code, String location, String problem, Throwable cause) {
        super("the schema of the check \"" + code + "\" " + problem
                + (location.isEmpty() ? "" : " (at " + location + " in the schema)"), cause);
        this.code = code;
        this.location = location;
        this.problem = problem;
    }

    /** The code of the check whose schema it is. */
    public String code() {
        return code;
    }

    /** A JSON pointer to the part of the schema at fault, such as {@code /properties/vision/minLength}; "" for the whole. */
    public String location() {
        return location;
    }

    /** What is wrong, without the check's code: "is not valid: ...", "refers to ...". */
    public String problem() {
        return problem;
    }
}
