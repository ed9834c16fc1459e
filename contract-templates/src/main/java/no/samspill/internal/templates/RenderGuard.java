package no.samspill.internal.templates;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.io.StringWriter;

/**
 * Holds one render to its {@link RenderLimits}. Freemarker calls it on entering and leaving
 * every template element, so it counts steps and nesting, checks the clock now and then, and
 * knows where the template is; the writer it hands out counts the characters written. A limit
 * reached is thrown as {@link Exceeded}, with the template and line of the element being run.
 *
 * <p>One guard per render, used by the rendering thread only.
 */
final class RenderGuard implements TemplateProcessingTracer {

    // The clock is read once in so many steps: nanoTime is cheap, but not free.
    private static final int CLOCK_EVERY = 1024;

    private final RenderLimits limits;
    private final long deadline;
    private long steps;
    private int depth;
    private long written;
    private String template;
    private int line;

    RenderGuard(RenderLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.time().toNanos();
    }

    /** Where the render was last: the template element entered most recently. */
    String template() {
        return template;
    }

    int line() {
        return line;
    }

    /** Starts a template of the render: nesting starts again from nothing. */
    void start(String templateName) {
        depth = 0;
        template = templateName;
        line = 0;
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        template = element.getTemplate() == null ? template : element.getTemplate().getSourceName();
        line = element.getBeginLine();
        if (++steps > limits.steps()) {
            throw new Exceeded("the templates of this contract ran more than " + limits.steps()
                    + " steps; a loop here does not end, or runs over far too long a range");
        }
        if (++depth > limits.depth()) {
            throw new Exceeded("the template nests more than " + limits.depth() + " levels deep here;"
                    + " a macro, function or #include calls itself without end");
        }
        if (steps % CLOCK_EVERY == 0 && System.nanoTime() - deadline > 0) {
            throw new Exceeded("the templates of this contract ran for more than " + seconds(limits.time())
                    + "; a loop here does not end, or runs over far too long a range");
        }
    }

    private static String seconds(java.time.Duration time) {
        return time.toMillis() % 1000 == 0 ? time.toSeconds() + " seconds" : time.toMillis() / 1000.0 + " seconds";
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        depth--;
    }

    /** A writer for one template's text, which counts against the render's output limit. */
    StringWriter writer() {
        // StringWriter's own methods do not call one another, so each is counted.
        return new StringWriter() {
            @Override
            public void write(String text) {
                count(text.length());
                super.write(text);
            }

            @Override
            public StringWriter append(CharSequence text) {
                count(String.valueOf(text).length());
                return super.append(text);
            }

            @Override
            public StringWriter append(char c) {
                count(1);
                return super.append(c);
            }

            @Override
            public void write(int c) {
                count(1);
                super.write(c);
            }

            @Override
            public void write(char[] chars, int offset, int length) {
                count(length);
                super.write(chars, offset, length);
            }

            @Override
            public void write(String text, int offset, int length) {
                count(length);
                super.write(text, offset, length);
            }

            @Override
            public StringWriter append(CharSequence text, int start, int end) {
                count(end - start);
                return super.append(text, start, end);
            }
        };
    }

    private void count(int chars) {
        written += chars;
        if (written > limits.outputChars()) {
            throw new Exceeded("the templates of this contract wrote more than " + limits.outputChars()
                    + " characters; a loop here does not end, or runs over far too long a range");
        }
    }

    /** A limit reached; {@link #template()} and {@link #line()} say where. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            // No stack trace: it is a template author's error, reported by template and line.
            super(message, null, false, false);
        }
    }
}
