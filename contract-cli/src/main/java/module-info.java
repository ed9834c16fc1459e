/**
 * The samspill command line. It exports nothing: it is run, not built upon.
 */
module no.samspill.cli {
    requires no.samspill.core;
    requires no.samspill.templates;
    requires info.picocli;
    // Quietens Hibernate Validator's start-up line, which it logs through java.util.logging.
    requires java.logging;
    // samspill check writes its JUnit report with the StAX writer.
    requires java.xml;

    // picocli reads the commands' annotated fields and methods, and sets the options into them.
    opens no.samspill.cli to info.picocli;
}
