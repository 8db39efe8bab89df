package org.partnershipledger.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnershipledger.web.pages.WordDiff.Kind;
import org.partnershipledger.web.pages.WordDiff.Piece;

class WordDiffTest {

    @Test
    void aChangedWordIsDeletedAndTheNewOneInserted() {
        assertThat(WordDiff.between("exit with three months notice", "exit with six months notice"))
                .containsExactly(
                        new Piece(Kind.SAME, "exit with "),
                        new Piece(Kind.DELETED, "three"),
                        new Piece(Kind.INSERTED, "six"),
                        new Piece(Kind.SAME, " months notice"));
    }

    @Test
    void identicalTextsAreOneUnchangedPiece() {
        List<Piece> pieces = WordDiff.between("Only in agreement.", "Only in agreement.");

        assertThat(pieces).containsExactly(new Piece(Kind.SAME, "Only in agreement."));
        assertThat(WordDiff.changed(pieces)).isFalse();
    }

    @Test
    void wordsAddedAtTheEndAreInserted() {
        assertThat(WordDiff.between("A café.", "A café and guides."))
                .containsExactly(
                        new Piece(Kind.SAME, "A "),
                        new Piece(Kind.DELETED, "café."),
                        new Piece(Kind.INSERTED, "café and guides."));
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
