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
    // samspill validate writes its JSON and SARIF reports with Jackson; java.sarif (java-sarif, an
    // automatic module, so every package of it is open to Jackson) is the SARIF 2.1.0 model.
    requires com.fasterxml.jackson.databind;
    requires java.sarif;

    // picocli reads the commands' annotated fields and methods, and sets the options into them.
    opens no.samspill.cli to info.picocli;
}
