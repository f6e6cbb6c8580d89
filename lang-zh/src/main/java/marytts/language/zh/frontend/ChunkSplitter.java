package marytts.language.zh.frontend;

import java.util.ArrayList;
import java.util.List;

/** Splits normalized text into script runs: Han runs, Latin words, digit runs, punctuation marks. */
public final class ChunkSplitter {

    public List<TextChunk> split(String text) {
        List<TextChunk> chunks = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE) {
                i++;
                continue;
            }
            int start = i;
            TextChunk.Kind kind;
            if (Scripts.isHan(cp)) {
                kind = TextChunk.Kind.HAN;
                while (i < cps.length && Scripts.isHan(cps[i])) {
                    i++;
                }
            } else if (Scripts.isLatinLetter(cp) || Scripts.isAsciiDigit(cp)) {
                while (i < cps.length && (isWordChar(cps[i]) || (isInnerConnector(cps[i]) && i + 1 < cps.length
                        && isWordChar(cps[i + 1]) && i > start))) {
                    i++;
                }
                boolean hasLetter = false;
                for (int k = start; k < i; k++) {
                    hasLetter |= Scripts.isLatinLetter(cps[k]);
                }
                i = trailingSigns(cps, start, i);
                kind = hasLetter ? TextChunk.Kind.LATIN : TextChunk.Kind.DIGITS;
            } else if (Scripts.isPunctuation(cp)) {
                kind = TextChunk.Kind.PUNCTUATION;
                i++;
            } else {
                kind = TextChunk.Kind.SYMBOL;
                i++;
            }
            chunks.add(new TextChunk(new String(cps, start, i - start), kind));
        }
        return chunks;
    }

    /**
     * C++, A+, C#: plus signs (up to two) or one {@code #} right after a run ending in a letter
     * belong to the Latin word when no word character follows (A+B stays algebra).
     */
    private static int trailingSigns(int[] cps, int start, int end) {
        if (end == start || !Scripts.isLatinLetter(cps[end - 1])) {
            return end;
        }
        int j = end;
        if (j < cps.length && cps[j] == '#') {
            j++;
        } else {
            while (j < cps.length && cps[j] == '+' && j - end < 2) {
                j++;
            }
        }
        if (j == end || (j < cps.length && (isWordChar(cps[j]) || cps[j] == '+' || cps[j] == '#'))) {
            return end;
        }
        return j;
    }

    private static boolean isWordChar(int cp) {
        return Scripts.isLatinLetter(cp) || Scripts.isAsciiDigit(cp);
    }

    private static boolean isInnerConnector(int cp) {
        return cp == '-' || cp == '\'' || cp == '’' || cp == '.' || cp == '&';
    }
}
