package marytts.zh.server;

import java.util.ArrayList;
import java.util.List;

import marytts.language.zh.frontend.Scripts;

/**
 * Splits plain text into pieces that are synthesized one after another when audio is streamed:
 * the first piece is the first sentence, so its audio can start while the rest is still in the
 * front end; later pieces hold whole sentences up to {@code maxChars}. Pieces end only where a
 * sentence ends (。！？；… and ASCII ! ? ; and a full stop after a word, each with the closing
 * quotes or brackets that follow it) or at a line break, so each piece keeps the prosody it would
 * have had inside the whole text. Joined back together the pieces are the input, character for
 * character.
 */
final class TextChunks {
    private static final String CLOSING = "”’」』）)》〉】〕]}\"'";

    private TextChunks() {
    }

    static List<String> split(String text, int maxChars) {
        List<String> sentences = sentences(text);
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String s : sentences) {
            boolean first = pieces.isEmpty();
            if (current.length() > 0 && (first && hasWords(current) || current.length() + s.length() > maxChars)) {
                pieces.add(current.toString());
                current.setLength(0);
            }
            current.append(s);
        }
        if (current.length() > 0) {
            if (!pieces.isEmpty() && !hasWords(current)) {
                // trailing marks or spaces only: they belong to the last piece
                pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + current);
            } else {
                pieces.add(current.toString());
            }
        }
        return pieces;
    }

    /** Sentences with their end marks and trailing spaces; together they are the whole text. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            boolean end;
            if (c == '\n' || c == '\r') {
                end = true;
            } else if (c == '.') {
                end = fullStop(text, i);
            } else {
                end = Scripts.endsSentence(c);
            }
            i++;
            if (end) {
                while (i < n && (Scripts.endsSentence(text.charAt(i)) || CLOSING.indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                out.add(text.substring(start, i));
                start = i;
            }
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out;
    }

    /**
     * A full stop ends a sentence when whitespace or the end follows and the word before it is
     * Chinese or at least three letters long: "3.5", "Dr. Li" and "U.S. team" stay whole.
     */
    private static boolean fullStop(String text, int i) {
        if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        int letters = 0;
        for (int k = i - 1; k >= 0; k--) {
            char p = text.charAt(k);
            if (Character.UnicodeScript.of(p) == Character.UnicodeScript.HAN) {
                return true;
            }
            if (!Character.isLetter(p)) {
                break;
            }
            letters++;
        }
        return letters >= 3;
    }

    private static boolean hasWords(CharSequence s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
