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

    private static boolean isWordChar(int cp) {
        return Scripts.isLatinLetter(cp) || Scripts.isAsciiDigit(cp);
    }

    private static boolean isInnerConnector(int cp) {
        return cp == '-' || cp == '\'' || cp == '’' || cp == '.' || cp == '&';
    }
}
