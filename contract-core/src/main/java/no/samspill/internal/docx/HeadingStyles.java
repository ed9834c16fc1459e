package no.samspill.internal.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * How one edition writes its headings: the paragraph styles of its section, part and appendix
 * headings, the section numbering bound to them, and whether the table of contents lists them.
 *
 * @param levels the section heading styles by id, level 1 first
 * @param listed whether part and appendix headings get outline level 1, by which the table of
 *     contents finds them (section headings are found by their style's outline level)
 */
record HeadingStyles(List<String> levels, String part, String appendix, NumberingDefinitions.HeadingList list,
        boolean listed) {

    HeadingStyles {
        levels = List.copyOf(levels);
    }

    /** The headings of a document, or of the first column of a parallel one: the heading styles themselves. */
    static HeadingStyles main(StyleSheet styles, NumberingDefinitions numbering) {
        List<String> levels = new ArrayList<>();
        for (StyleRole role : StyleRole.NUMBERED_HEADINGS) {
            levels.add(styles.id(role));
        }
        return new HeadingStyles(levels, styles.id(StyleRole.PART_HEADING), styles.id(StyleRole.APPENDIX_HEADING),
                numbering.headings(), true);
    }

    /** The headings of the second column: styles and numbering of their own, left out of the contents. */
    static HeadingStyles secondColumn(StyleBinding.SecondColumnStyles styles, NumberingDefinitions.HeadingList list) {
        return new HeadingStyles(styles.levels(), styles.part(), styles.appendix(), list, false);
    }
}
