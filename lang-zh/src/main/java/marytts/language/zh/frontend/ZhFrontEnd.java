package marytts.language.zh.frontend;

import marytts.language.zh.english.EnglishInChinese;
import marytts.language.zh.pinyin.MandarinPronouncer;
import marytts.language.zh.tn.ChineseTextNormalizer;

/**
 * The composition root of the zh_CN front end: one normalizer and one pronouncer, shared by the
 * MaryTTS modules and the {@code zh-text} CLI. Built lazily on first use because the lexicons take
 * a moment to load.
 */
public final class ZhFrontEnd {
    private final Normalizer normalizer;
    private final Pronouncer pronouncer;
    private final LatinPronouncer latin;

    public ZhFrontEnd(Normalizer normalizer, Pronouncer pronouncer, LatinPronouncer latin) {
        this.normalizer = normalizer;
        this.pronouncer = pronouncer;
        this.latin = latin;
    }

    public Normalizer normalizer() {
        return normalizer;
    }

    public Pronouncer pronouncer() {
        return pronouncer;
    }

    /** Latin-script tokens (English words, acronyms, iPhone15) as syllables of the zh_CN set. */
    public LatinPronouncer latin() {
        return latin;
    }

    /** The default front end (MaryTTS instantiates modules reflectively, so they share this one). */
    public static ZhFrontEnd shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ZhFrontEnd INSTANCE = new ZhFrontEnd(new ChineseTextNormalizer()::normalize,
                new MandarinPronouncerAdapter(new MandarinPronouncer()), new EnglishInChinese()::pronounce);
    }
}
