package marytts.language.zh.frontend;

/** Fallback normalization: reads every ASCII or full-width digit on its own (一二三). */
public final class DigitByDigitNormalizer implements Normalizer {
    private static final String DIGITS = "零一二三四五六七八九";

    @Override
    public String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp >= '0' && cp <= '9') {
                sb.append(DIGITS.charAt(cp - '0'));
            } else if (cp >= '０' && cp <= '９') {
                sb.append(DIGITS.charAt(cp - '０'));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
