package no.samspill;

/**
 * A failure while generating a contract: a broken template pack, or output that could not be
 * written. Invalid descriptions are not exceptions: they give a list of {@link Problem}s.
 */
public class ContractException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ContractException(String message) {
        super(message);
    }

    public ContractException(String message, Throwable cause) {
        super(message, cause);
    }
}
