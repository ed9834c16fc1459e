package no.samspill.internal.logging;

import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;

/**
 * The Log4j API provider used only when the application has none: Apache POI, which writes the
 * DOCX, logs through the Log4j API, and without a provider the API greets the application's first
 * document with "ERROR StatusLogger Log4j API could not find a logging provider".
 *
 * <p>It is what the Log4j API falls back to by itself, its simple logger (errors only, on standard
 * error), without that line. It has the lowest possible priority, so that any provider of the
 * application's (log4j-core, log4j-to-slf4j, ...) is chosen over it: a library must not decide
 * where an application's logs go. Log4j notes the choice between the two at WARN, below the
 * status logger's default level of ERROR.
 */
public final class Log4jFallbackProvider extends Provider {

    /** The oldest Log4j API version whose provider contract this class meets, as Log4j's own simple provider declares. */
    private static final String API_VERSION = "2.6.0";

    /** Found by {@link java.util.ServiceLoader}. */
    public Log4jFallbackProvider() {
        super(Integer.MIN_VALUE, API_VERSION, SimpleLoggerContextFactory.class);
    }

    @Override
    public LoggerContextFactory getLoggerContextFactory() {
        return SimpleLoggerContextFactory.INSTANCE;
    }
}
