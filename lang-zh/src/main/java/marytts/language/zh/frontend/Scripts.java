package marytts.language.zh.frontend;

/** Character classes the zh_CN front end splits on. */
public final class Scripts {
    private Scripts() {
    }

    public static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && Character.isLetter(cp);
    }

    public static boolean isLatinLetter(int cp) {
        return cp < 0x250 && Character.isLetter(cp);
    }

    public static boolean isAsciiDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    /** Punctuation and symbols, ASCII or full-width. */
    public static boolean isPunctuation(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    /** Ends a sentence: 。！？ and their ASCII forms, ；and ellipsis. */
    public static boolean endsSentence(int cp) {
        return cp == '。' || cp == '！' || cp == '？' || cp == '!' || cp == '?' || cp == '；' || cp == ';'
                || cp == '…' || cp == '.';
    }
}
