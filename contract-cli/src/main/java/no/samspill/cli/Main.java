package no.samspill.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The {@code samspill} command. */
public final class Main {

    // Held so that the JUL logger (and its level) is not garbage-collected.
    private static final Logger HIBERNATE_LOGGER = Logger.getLogger("org.hibernate");

    private Main() {}

    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(SamspillCommand.execute(args));
    }

    /**
     * Libraries announce themselves on standard error (Hibernate Validator's version banner,
     * Log4j's "no implementation" notice from POI). A lawyer should see only samspill's messages.
     */
    private static void quietLibraryLogging() {
        HIBERNATE_LOGGER.setLevel(Level.WARNING);
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        System.setProperty("org.apache.logging.log4j.level", "OFF");
    }
}
