package marytts.language.zh.frontend;

/**
 * The composition root of the zh_CN front end: one normalizer and one pronouncer, shared by the
 * MaryTTS modules and the {@code zh-text} CLI. Built lazily on first use because the lexicons take
 * a moment to load.
 */
public final class ZhFrontEnd {
    private final Normalizer normalizer;
    private final Pronouncer pronouncer;

    public ZhFrontEnd(Normalizer normalizer, Pronouncer pronouncer) {
        this.normalizer = normalizer;
        this.pronouncer = pronouncer;
    }

    public Normalizer normalizer() {
        return normalizer;
    }

    public Pronouncer pronouncer() {
        return pronouncer;
    }

    /** The default front end (MaryTTS instantiates modules reflectively, so they share this one). */
    public static ZhFrontEnd shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ZhFrontEnd INSTANCE = new ZhFrontEnd(new DigitByDigitNormalizer(), new HanlpPronouncer());
    }
}
