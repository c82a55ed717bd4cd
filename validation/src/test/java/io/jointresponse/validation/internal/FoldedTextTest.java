package io.jointresponse.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.validation.PersonalDataDetector.Span;
import org.junit.jupiter.api.Test;

/** The fold of a text for matching, and the way back to the text as written. */
class FoldedTextTest {

    @Test
    void foldsFullWidthFormsAndTheIdeographicSpaceToAsciiAndKeepsTheRest() {
        FoldedText t = FoldedText.of("ＡＢ１２＠．　漢ー-");
        assertThat(t.folded()).isEqualTo("AB12@. 漢ー-");
        assertThat(t.length()).isEqualTo(10);
    }

    @Test
    void aCodePointOutsideTheBasicPlaneIsOneFoldedCharacterSpanningTwoUnits() {
        FoldedText t = FoldedText.of("a𝟎b𠀋c");
        assertThat(t.folded()).isEqualTo("a0b" + FoldedText.Fold.OTHER + "c");
        assertThat(t.original(1, 2)).isEqualTo(new Span(1, 3));
        assertThat(t.original(2, 4)).isEqualTo(new Span(3, 6));
        assertThat(t.original(4, 5)).isEqualTo(new Span(6, 7));
    }

    @Test
    void aLoneSurrogateIsKeptAsItIs() {
        assertThat(FoldedText.of("a\uD835").folded()).isEqualTo("a\uD835");
        assertThat(FoldedText.of("\uD835a").folded()).isEqualTo("\uD835a");
        assertThat(FoldedText.of("\uDC00\uD835").length()).isEqualTo(2);
        assertThat(FoldedText.of("x\uD835").original(1, 2)).isEqualTo(new Span(1, 2));
    }

    @Test
    void outsideTheTextAtReadsACharacterNoScannerAccepts() {
        FoldedText t = FoldedText.of("0");
        assertThat(t.at(-1)).isEqualTo('\0');
        assertThat(t.at(1)).isEqualTo('\0');
        assertThat(t.at(0)).isEqualTo('0');
    }

    @Test
    void countsEveryCharacterRead() {
        FoldedText t = FoldedText.of("abc");
        assertThat(t.reads()).isZero();
        t.charAt(0);
        t.at(1);
        t.at(9);
        assertThat(t.reads()).isEqualTo(3);
    }

    @Test
    void theTableOfTheBasicPlaneHoldsTheAsciiFormOrTheCharacterItself() {
        char[] table = FoldedText.Fold.table();
        assertThat(table).hasSize(Character.MAX_VALUE + 1);
        assertThat(table['a']).isEqualTo('a');
        assertThat(table[0x7F]).isEqualTo((char) 0x7F);
        assertThat(table[0x80]).isEqualTo((char) 0x80);
        assertThat(table['０']).isEqualTo('0');
        assertThat(table['＠']).isEqualTo('@');
        assertThat(table['\u3000']).isEqualTo(' ');
        assertThat(table['①']).isEqualTo('1');
        assertThat(table['漢']).isEqualTo('漢');
        assertThat(table['\uD800']).isEqualTo('\uD800');
        assertThat(table[Character.MAX_VALUE]).isEqualTo(Character.MAX_VALUE);
        assertThat(FoldedText.Fold.ascii("é")).isEqualTo(FoldedText.Fold.OTHER);
        assertThat(FoldedText.Fold.ascii("㈱")).as("more than one character").isEqualTo(FoldedText.Fold.OTHER);
        assertThat(FoldedText.Fold.ascii("\u0080")).isEqualTo(FoldedText.Fold.OTHER);
    }

    @Test
    void scanCharactersAreOfTheirClassesAtTheirEdges() {
        for (char c : "azAZ".toCharArray()) {
            assertThat(ScanChars.isAsciiLetter(c)).as("%s", c).isTrue();
        }
        for (char c : "`{@[09_".toCharArray()) {
            assertThat(ScanChars.isAsciiLetter(c)).as("%s", c).isFalse();
        }
        for (char c : "09afAF".toCharArray()) {
            assertThat(ScanChars.isHex(c)).as("%s", c).isTrue();
        }
        for (char c : "/:`g@GＡ".toCharArray()) {
            assertThat(ScanChars.isHex(c)).as("%s", c).isFalse();
        }
        assertThat(ScanChars.isDigit('0')).isTrue();
        assertThat(ScanChars.isDigit('9')).isTrue();
        assertThat(ScanChars.isDigit('/')).isFalse();
        assertThat(ScanChars.isDigit(':')).isFalse();
        assertThat(ScanChars.isWord('_')).isTrue();
        assertThat(ScanChars.isWord('z')).isTrue();
        assertThat(ScanChars.isWord('7')).isTrue();
        assertThat(ScanChars.isWord('-')).isFalse();
        for (char c : "-\u2010\u2015\u2212\u30FC".toCharArray()) {
            assertThat(ScanChars.isDash(c)).as("U+%04X", (int) c).isTrue();
        }
        for (char c : "\u200F\u2016\u2211\u2213\u30FB_".toCharArray()) {
            assertThat(ScanChars.isDash(c)).as("U+%04X", (int) c).isFalse();
        }
        assertThat(ScanChars.value('7')).isEqualTo(7);
    }
}
