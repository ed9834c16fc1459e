package no.samspill.internal.validate;

import java.lang.reflect.RecordComponent;
import java.util.List;
import no.samspill.model.Language;
import no.samspill.model.OneLine;
import no.samspill.model.Translatable;

/**
 * The two columns of a parallel edition set each text the parties wrote beside its translation,
 * paragraph by paragraph and list by list; a text whose translation has another number of
 * paragraphs or list items would push every later row out of line. The walk follows both
 * contracts' records together: they were read from one description, so they have the same
 * lists and the same records, and differ only in their texts.
 */
final class EditionParity {

    private final MarkdownLite markdownLite;
    private final ProblemSink sink;
    private final Language left;
    private final Language right;

    EditionParity(MarkdownLite markdownLite, ProblemSink sink, Language left, Language right) {
        this.markdownLite = markdownLite;
        this.sink = sink;
        this.left = left;
        this.right = right;
    }

    void check(Object leftRoot, Object rightRoot) {
        walk(leftRoot, rightRoot, "", null);
    }

    private void walk(Object a, Object b, String path, RecordComponent component) {
        if (a instanceof String leftText && b instanceof String rightText) {
            if (isBlockText(component)) {
                compare(path, leftText, rightText);
            }
        } else if (a instanceof List<?> leftList && b instanceof List<?> rightList) {
            for (int i = 0; i < Math.min(leftList.size(), rightList.size()); i++) {
                walk(leftList.get(i), rightList.get(i), path + "[" + i + "]", component);
            }
        } else if (a != null && b != null && a.getClass() == b.getClass() && a.getClass().isRecord()) {
            for (RecordComponent child : a.getClass().getRecordComponents()) {
                walk(ValueLimits.read(child, a), ValueLimits.read(child, b), path.isEmpty() ? child.getName() : path + "." + child.getName(), child);
            }
        }
    }

    /** A text of paragraphs and lists, as opposed to a title or a name, which is one line in both columns. */
    private static boolean isBlockText(RecordComponent component) {
        return component != null
                && component.getAccessor().isAnnotationPresent(Translatable.class)
                && !component.getAccessor().isAnnotationPresent(OneLine.class);
    }

    private void compare(String path, String leftText, String rightText) {
        List<MarkdownLite.Block> leftShape = markdownLite.shape(leftText);
        List<MarkdownLite.Block> rightShape = markdownLite.shape(rightText);
        if (!leftShape.equals(rightShape)) {
            sink.report(path, "the " + left + " and " + right + " texts must have the same paragraphs and lists, so that"
                    + " the parallel edition can set each beside its translation: the " + left + " text has "
                    + MarkdownLite.describe(leftShape) + ", the " + right + " text " + MarkdownLite.describe(rightShape));
        }
    }
}
