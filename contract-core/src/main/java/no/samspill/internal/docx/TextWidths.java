package no.samspill.internal.docx;

/**
 * How wide a piece of table text is on the page, so that a column can be given room for its
 * longest word. The widths are those of Calibri, the font of the built-in styles, as its metric
 * twin Carlito has them (Carlito 2022, regular and bold), in thousandths of an em. Other fonts
 * are wider: LibreOffice shows Calibri as DejaVu Sans where neither is installed, about a quarter
 * wider, and a user's reference document may use Arial or Times; the table layout leaves room for
 * that where the line allows it.
 */
final class TextWidths {

    /**
     * How much wider than Calibri the widest font a reader is likely to see sets a word, regular
     * and bold: DejaVu Sans sets a word about a quarter wider, in bold about two fifths.
     */
    static final double WIDER_REGULAR = 1.3;
    static final double WIDER_BOLD = 1.4;

    /** The widths of U+0020 to U+00FF in regular type; 0 for the control characters. */
    private static final short[] REGULAR_LATIN_1 = {
            227, 326, 401, 499, 507, 715, 683, 221, 304, 304, 499, 499, 250, 307, 253, 387,
            507, 507, 507, 507, 507, 507, 507, 507, 507, 507, 268, 268, 499, 499, 499, 464,
            895, 579, 544, 534, 616, 489, 460, 631, 624, 252, 319, 520, 421, 855, 646, 663,
            517, 673, 543, 460, 488, 642, 568, 890, 520, 488, 469, 307, 387, 307, 499, 499,
            292, 480, 526, 423, 526, 498, 306, 471, 526, 230, 240, 455, 230, 799, 526, 528,
            526, 526, 349, 392, 335, 526, 452, 715, 434, 453, 396, 315, 461, 315, 499,   0,
              0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
              0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
            227, 326, 499, 507, 499, 507, 499, 499, 393, 835, 403, 513, 499, 307, 507, 395,
            339, 499, 336, 335, 292, 550, 586, 253, 308, 247, 423, 513, 637, 672, 676, 464,
            579, 579, 579, 579, 579, 579, 764, 534, 489, 489, 489, 489, 252, 252, 252, 252,
            625, 646, 663, 663, 663, 663, 663, 499, 664, 642, 642, 642, 642, 488, 517, 528,
            480, 480, 480, 480, 480, 480, 773, 423, 498, 498, 498, 498, 230, 230, 230, 230,
            526, 526, 528, 528, 528, 528, 528, 499, 530, 526, 526, 526, 526, 453, 526, 453
    };

    /** The same in bold type. */
    private static final short[] BOLD_LATIN_1 = {
            227, 326, 439, 499, 507, 730, 705, 234, 312, 312, 499, 499, 258, 307, 268, 430,
            507, 507, 507, 507, 507, 507, 507, 507, 507, 507, 276, 276, 499, 499, 499, 464,
            899, 606, 561, 530, 631, 488, 459, 638, 631, 267, 332, 547, 423, 875, 659, 677,
            533, 687, 563, 473, 496, 653, 592, 907, 551, 520, 479, 325, 430, 325, 499, 499,
            301, 494, 537, 419, 537, 504, 317, 475, 537, 246, 256, 480, 246, 814, 537, 538,
            537, 537, 356, 399, 347, 537, 474, 746, 460, 474, 398, 344, 476, 344, 499,   0,
              0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
              0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
            227, 326, 499, 507, 499, 507, 499, 499, 415, 835, 417, 539, 499, 307, 507, 391,
            343, 499, 338, 336, 301, 564, 598, 268, 304, 253, 436, 539, 658, 691, 702, 464,
            606, 606, 606, 606, 606, 606, 776, 530, 488, 488, 488, 488, 267, 267, 267, 267,
            640, 659, 677, 677, 677, 677, 677, 499, 681, 653, 653, 653, 653, 520, 533, 555,
            494, 494, 494, 494, 494, 494, 775, 419, 504, 504, 504, 504, 246, 246, 246, 246,
            537, 537, 538, 538, 538, 538, 538, 499, 544, 537, 537, 537, 537, 474, 537, 474
    };

    /** Dashes, quotation marks and letters beyond Latin-1 that Norwegian and English text uses. */
    private static final String MORE = "\u2010\u2011\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E\u2022\u2026\u2030\u2039\u203A\u20AC\u2122\u0152\u0153\u0160\u0161\u017D\u017E\u0178";
    private static final short[] REGULAR_MORE = {307, 307, 499, 906, 250, 250, 250, 419, 419, 419, 499, 691, 1039, 339, 339, 507, 706, 867, 850, 460, 392, 469, 396, 488};
    private static final short[] BOLD_MORE = {307, 307, 499, 906, 258, 258, 258, 436, 436, 436, 499, 712, 1062, 345, 345, 507, 721, 875, 843, 473, 399, 479, 398, 520};

    /** Any other character is given an em, wider than any letter of the font. */
    private static final int UNKNOWN = 1000;

    private TextWidths() {}

    /** The width of {@code text} in twips, at a font size of {@code halfPoints} half-points. */
    static long twips(String text, boolean bold, long halfPoints) {
        long thousandths = 0;
        for (int i = 0; i < text.length(); i++) {
            thousandths += width(text.charAt(i), bold);
        }
        // An em at s half-points is s * 10 twips (a point is 20 twips).
        return (thousandths * halfPoints * 10 + 999) / 1000;
    }

    private static int width(char c, boolean bold) {
        if (c >= 0x20 && c <= 0xFF) {
            int width = (bold ? BOLD_LATIN_1 : REGULAR_LATIN_1)[c - 0x20];
            return width > 0 ? width : UNKNOWN;
        }
        int more = MORE.indexOf(c);
        return more >= 0 ? (bold ? BOLD_MORE : REGULAR_MORE)[more] : UNKNOWN;
    }
}
