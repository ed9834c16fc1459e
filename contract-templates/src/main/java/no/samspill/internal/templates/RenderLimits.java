package no.samspill.internal.templates;

import java.time.Duration;

/**
 * How far one render of a pack's templates may go. A template is a program, written by whoever
 * wrote the pack: {@code <#list 1..999999999 as i>} or a macro that calls itself must end as a
 * template error at its line, not as a hung batch, a full disk or a {@link StackOverflowError}.
 * The bounds are far above what a contract needs: the largest built-in render takes some tens of
 * thousands of steps, writes some tens of kilobytes (the text fields are not counted: a template
 * writes a placeholder for each) and nests some tens of elements deep.
 *
 * @param steps the template elements visited in one render, all clauses together
 * @param depth template elements (macro calls, lists, ifs...) inside one another
 * @param outputChars the characters the templates of one render write, all clauses together
 * @param time the wall-clock time the templates of one render may take
 */
public record RenderLimits(long steps, int depth, int outputChars, Duration time) {

    public static final RenderLimits DEFAULT = new RenderLimits(20_000_000, 300, 5_000_000, Duration.ofSeconds(30));
}
