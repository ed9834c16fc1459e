package no.samspill;

/** How much a finding weighs: an error stops generation, a warning does not unless checking is strict. */
public enum Severity {
    /** The description cannot be generated as it stands. */
    ERROR,
    /** The contract can be generated, but a lawyer would want the point looked at. */
    WARNING;

    /** The lower-case name used in the command line's output and in machine-readable reports. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
