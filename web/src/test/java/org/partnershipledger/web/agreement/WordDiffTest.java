package org.partnershipledger.web.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnershipledger.web.agreement.WordDiff.Kind;
import org.partnershipledger.web.agreement.WordDiff.Piece;

class WordDiffTest {

    @Test
    void aChangedWordIsDeletedAndTheNewOneInserted() {
        assertThat(WordDiff.between("exit with three months notice", "exit with six months notice"))
                .containsExactly(
                        new Piece(Kind.SAME, "exit with "),
                        new Piece(Kind.DELETED, "three "),
                        new Piece(Kind.INSERTED, "six "),
                        new Piece(Kind.SAME, "months notice"));
    }

    @Test
    void identicalTextsAreOneUnchangedPiece() {
        List<Piece> pieces = WordDiff.between("Only in agreement.", "Only in agreement.");

        assertThat(pieces).containsExactly(new Piece(Kind.SAME, "Only in agreement."));
        assertThat(WordDiff.changed(pieces)).isFalse();
    }

    @Test
    void wordsAddedToASentenceAreInsertedAsOneBlockAfterTheWordsTheyFollow() {
        assertThat(WordDiff.between("A café for guides.", "A café for guides and families."))
                .containsExactly(
                        new Piece(Kind.SAME, "A café for "),
                        new Piece(Kind.DELETED, "guides."),
                        new Piece(Kind.INSERTED, "guides and families."));
    }

    @Test
    void aRewrittenSentenceIsStruckOutWholeAndTheNewOneFollowsNeverInterleavedWordByWord() {
        assertThat(WordDiff.between("Involve the silent partners.", "Inddrag de tavse partnere."))
                .containsExactly(
                        new Piece(Kind.DELETED, "Involve the silent partners."),
                        new Piece(Kind.INSERTED, "Inddrag de tavse partnere."));
    }

    @Test
    void onlyTheChangedSentenceOfAParagraphIsMarked() {
        String before = "We meet monthly. Involve the silent partners. Decisions only in agreement.";
        String after = "We meet monthly. Inddrag de tavse partnere. Decisions only in agreement.";

        assertThat(WordDiff.between(before, after))
                .containsExactly(
                        new Piece(Kind.SAME, "We meet monthly. "),
                        new Piece(Kind.DELETED, "Involve the silent partners. "),
                        new Piece(Kind.INSERTED, "Inddrag de tavse partnere. "),
                        new Piece(Kind.SAME, "Decisions only in agreement."));
    }

    @Test
    void anEmptyTextBecomesOneInsertion() {
        assertThat(WordDiff.between("", "New text")).containsExactly(new Piece(Kind.INSERTED, "New text"));
        assertThat(WordDiff.between(null, "")).isEmpty();
    }

    @Test
    void theUnchangedAndDeletedPiecesGiveBackTheOldTextAndTheUnchangedAndInsertedTheNew() {
        String before = "Partners meet\nroughly every 3 months at Vindrosen";
        String after = "Partners meet\nat least monthly at the town hall";
        List<Piece> pieces = WordDiff.between(before, after);

        assertThat(text(pieces, Kind.INSERTED)).isEqualTo(before);
        assertThat(text(pieces, Kind.DELETED)).isEqualTo(after);
    }

    private static String text(List<Piece> pieces, Kind leftOut) {
        return pieces.stream()
                .filter(piece -> piece.kind() != leftOut)
                .map(Piece::text)
                .collect(Collectors.joining());
    }
}
