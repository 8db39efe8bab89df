package org.partnershipledger.web.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one text keeps, drops and adds against another, as partners compare drafts: sentence by sentence,
 * and within a changed sentence by whole words. A rewritten sentence reads as the old sentence struck out
 * and the new one after it, never as old and new words interleaved. Each word keeps the space after it,
 * so the unchanged and deleted pieces give back the old text and the unchanged and inserted the new.
 */
final class WordDiff {

    enum Kind {
        SAME,
        DELETED,
        INSERTED
    }

    record Piece(Kind kind, String text) {}

    // A sentence ends after . ! or ? (or a line break), with the spaces that follow it.
    private static final Pattern SENTENCES = Pattern.compile("[^.!?\\n]*(?:[.!?]+|\\n|$)\\s*");
    private static final Pattern WORDS = Pattern.compile("^\\s+|\\S+\\s*");

    private WordDiff() {}

    /** The pieces of the change from {@code before} to {@code after}, adjacent pieces of a kind joined. */
    static List<Piece> between(String before, String after) {
        List<Piece> pieces = new ArrayList<>();
        align(split(SENTENCES, before), split(SENTENCES, after), pieces, WordDiff::wordsOf);
        return List.copyOf(pieces);
    }

    /** Whether any piece differs. */
    static boolean changed(List<Piece> pieces) {
        return pieces.stream().anyMatch(piece -> piece.kind() != Kind.SAME);
    }

    private interface Changed {
        void add(String deleted, String inserted, List<Piece> pieces);
    }

    /**
     * The longest common subsequence of two token lists; between two kept tokens, what was dropped and
     * what was added go to {@code changed} as one block each.
     */
    private static void align(List<String> a, List<String> b, List<Piece> pieces, Changed changed) {
        int[][] lengths = lengths(a, b);
        int i = 0;
        int j = 0;
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                flush(deleted, inserted, pieces, changed);
                add(pieces, Kind.SAME, a.get(i++));
                j++;
            } else if (j == b.size() || (i < a.size() && lengths[i + 1][j] >= lengths[i][j + 1])) {
                deleted.append(a.get(i++));
            } else {
                inserted.append(b.get(j++));
            }
        }
        flush(deleted, inserted, pieces, changed);
    }

    private static void flush(StringBuilder deleted, StringBuilder inserted, List<Piece> pieces, Changed changed) {
        if (deleted.isEmpty() && inserted.isEmpty()) {
            return;
        }
        changed.add(deleted.toString(), inserted.toString(), pieces);
        deleted.setLength(0);
        inserted.setLength(0);
    }

    /**
     * Changed sentences compared word by word while they keep at least half the words of the shorter; a
     * sentence rewritten beyond that is shown deleted and inserted whole.
     */
    private static void wordsOf(String deleted, String inserted, List<Piece> pieces) {
        List<String> a = split(WORDS, deleted);
        List<String> b = split(WORDS, inserted);
        int kept = lengths(a, b)[0][0];
        if (kept == 0 || 2 * kept < Math.min(a.size(), b.size())) {
            whole(deleted, inserted, pieces);
        } else {
            align(a, b, pieces, WordDiff::whole);
        }
    }

    private static void whole(String deleted, String inserted, List<Piece> pieces) {
        if (!deleted.isEmpty()) {
            add(pieces, Kind.DELETED, deleted);
        }
        if (!inserted.isEmpty()) {
            add(pieces, Kind.INSERTED, inserted);
        }
    }

    // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
    private static int[][] lengths(List<String> a, List<String> b) {
        int[][] lengths = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lengths[i][j] = a.get(i).equals(b.get(j))
                        ? lengths[i + 1][j + 1] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        return lengths;
    }

    private static void add(List<Piece> pieces, Kind kind, String text) {
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).kind() == kind) {
            pieces.set(last, new Piece(kind, pieces.get(last).text() + text));
        } else {
            pieces.add(new Piece(kind, text));
        }
    }

    private static List<String> split(Pattern pattern, String text) {
        List<String> parts = new ArrayList<>();
        Matcher matcher = pattern.matcher(text == null ? "" : text);
        while (matcher.find()) {
            if (!matcher.group().isEmpty()) {
                parts.add(matcher.group());
            }
        }
        return parts;
    }
}
