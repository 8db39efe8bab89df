package org.partnershipledger.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words one text keeps, drops and adds against another, by their longest common subsequence: partners
 * compare drafts by the words that changed, not by lines or characters. Whitespace is kept as tokens, so
 * the pieces put together give back the texts.
 */
final class WordDiff {

    enum Kind {
        SAME,
        DELETED,
        INSERTED
    }

    record Piece(Kind kind, String text) {}

    private static final Pattern TOKENS = Pattern.compile("\\s+|[^\\s]+");

    private WordDiff() {}

    /** The pieces of the change from {@code before} to {@code after}, adjacent pieces of a kind joined. */
    static List<Piece> between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
        int[][] lengths = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lengths[i][j] = a.get(i).equals(b.get(j))
                        ? lengths[i + 1][j + 1] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                add(pieces, Kind.SAME, a.get(i++));
                j++;
            } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
                add(pieces, Kind.DELETED, a.get(i++));
            } else {
                add(pieces, Kind.INSERTED, b.get(j++));
            }
        }
        while (i < a.size()) {
            add(pieces, Kind.DELETED, a.get(i++));
        }
        while (j < b.size()) {
            add(pieces, Kind.INSERTED, b.get(j++));
        }
        return List.copyOf(pieces);
    }

    /** Whether any piece differs. */
    static boolean changed(List<Piece> pieces) {
        return pieces.stream().anyMatch(piece -> piece.kind() != Kind.SAME);
    }

    private static void add(List<Piece> pieces, Kind kind, String token) {
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).kind() == kind) {
            pieces.set(last, new Piece(kind, pieces.get(last).text() + token));
        } else {
            pieces.add(new Piece(kind, token));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKENS.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
