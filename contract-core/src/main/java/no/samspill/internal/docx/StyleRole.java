package no.samspill.internal.docx;

import java.util.Locale;

/**
 * The styles the renderer uses, by the name Word stores for them. Word keeps the English name of
 * a built-in style in the file even when its interface (and the style's id) is localized, so
 * styles are found by name, never by id.
 */
public enum StyleRole {
    NORMAL("Normal"),
    TITLE("Title"),
    SUBTITLE("Subtitle"),
    HEADING_1("heading 1"),
    HEADING_2("heading 2"),
    HEADING_3("heading 3"),
    HEADING_4("heading 4"),
    PART_HEADING("Part Heading"),
    APPENDIX_HEADING("Appendix Heading"),
    BODY_TEXT("Body Text"),
    LIST_PARAGRAPH("List Paragraph"),
    TOC_HEADING("TOC Heading"),
    TOC_1("toc 1"),
    TOC_2("toc 2"),
    TOC_3("toc 3"),
    HEADER("header"),
    FOOTER("footer"),
    HYPERLINK("Hyperlink"),
    TABLE_GRID("Table Grid");

    /** The heading styles that carry the multi-level section numbering, level 1 first. */
    public static final StyleRole[] NUMBERED_HEADINGS = {HEADING_1, HEADING_2, HEADING_3, HEADING_4};

    /** The TOC entry styles, level 1 first. */
    public static final StyleRole[] TOC_LEVELS = {TOC_1, TOC_2, TOC_3};

    private final String styleName;

    StyleRole(String styleName) {
        this.styleName = styleName;
    }

    public String styleName() {
        return styleName;
    }

    /** Style names compare without case: Word writes "heading 1", LibreOffice "Heading 1". */
    public static String key(String styleName) {
        return styleName.toLowerCase(Locale.ROOT);
    }
}
