package marytts.language.zh.frontend;

/** A piece of normalized text the tokenizer turns into one MaryXML token. */
public record TextChunk(String text, Kind kind) {
    public enum Kind {
        /** A run of Han characters; segmented into words later. */
        HAN,
        /** Latin letters, possibly with digits and inner hyphens/apostrophes (iPhone15, Wi-Fi). */
        LATIN,
        /** Digits the normalizer left alone. */
        DIGITS,
        PUNCTUATION,
        /** Anything without a pronunciation (emoji, stray symbols). */
        SYMBOL
    }

    public boolean endsSentence() {
        return kind == Kind.PUNCTUATION && text.codePoints().allMatch(Scripts::endsSentence);
    }
}
