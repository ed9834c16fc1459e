package no.samspill.internal.read;

/** A 1-based line and column in a YAML file. */
public record Position(int line, int column) {

    /** The start of the file: where problems about the document as a whole point. */
    public static final Position START = new Position(1, 1);
}
