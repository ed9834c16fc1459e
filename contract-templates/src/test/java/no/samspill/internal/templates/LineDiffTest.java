package no.samspill.internal.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(LineDiff.unified(List.of("a", "b"), List.of("a", "b"))).isEmpty();
    }

    @Test
    void aChangedLineShowsWithThreeLinesOfContextAndItsRanges() {
        List<String> before = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9");
        List<String> after = List.of("1", "2", "3", "4", "five", "6", "7", "8", "9");

        assertThat(LineDiff.unified(before, after))
                .containsExactly("@@ -2,7 +2,7 @@", " 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8");
    }

    @Test
    void changesFarApartMakeTwoHunksAndAddedAndRemovedLinesAreCounted() {
        List<String> before = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
        List<String> after = List.of("new", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");

        assertThat(LineDiff.unified(before, after)).containsExactly(
                "@@ -1,3 +1,4 @@", "+new", " a", " b", " c",
                "@@ -9,4 +10,3 @@", " i", " j", " k", "-l");
    }

    @Test
    void aTextAgainstNothingIsAllAdded() {
        assertThat(LineDiff.unified(List.of(), List.of("x", "y"))).containsExactly("@@ -0,0 +1,2 @@", "+x", "+y");
    }
}
