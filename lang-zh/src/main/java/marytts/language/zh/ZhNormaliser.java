package marytts.language.zh;

import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import marytts.datatypes.MaryData;
import marytts.datatypes.MaryDataType;
import marytts.language.zh.frontend.AfterLatin;
import marytts.language.zh.frontend.PinyinSyllable;
import marytts.language.zh.frontend.PronouncedWord;
import marytts.language.zh.frontend.ZhFrontEnd;
import marytts.language.zh.pinyin.PinyinOverride;
import marytts.modules.InternalModule;

/**
 * TOKENS to WORDS for zh_CN: each Han run is segmented into words by the pronouncer, which
 * also decides each word's surface pinyin (polyphones, tone sandhi and erhua need the word
 * context). The pinyin is kept in the {@code sandhi} attribute for the phonemiser.
 */
public class ZhNormaliser extends InternalModule {

    public ZhNormaliser() {
        super("ZhNormaliser", MaryDataType.TOKENS, MaryDataType.WORDS, ZhModules.LOCALE);
    }

    @Override
    public MaryData process(MaryData d) throws Exception {
        Document doc = d.getDocument();
        String previousPos = null;
        for (Element t : ZhModules.tokens(doc)) {
            String before = previousPos;
            previousPos = t.getAttribute("pos");
            if (t.getAttribute("sampa").startsWith(ZhSsmlParser.PINYIN_PREFIX)) {
                applyPinyinOverride(t);
                continue;
            }
            if (!ZhModules.POS_HAN.equals(t.getAttribute("pos"))) {
                continue;
            }
            List<PronouncedWord> words = ZhFrontEnd.shared().pronouncer().pronounce(ZhModules.text(t));
            if (ZhModules.POS_LATIN.equals(before) || ZhModules.POS_DIGITS.equals(before)) {
                words = AfterLatin.fix(words);
            }
            for (PronouncedWord word : words) {
                Element w = ZhModules.newToken(doc, word.text(), ZhModules.POS_HAN);
                w.setAttribute("sandhi", ZhPhonemiser.join(word.syllables()));
                t.getParentNode().insertBefore(w, t);
            }
            t.getParentNode().removeChild(t);
        }
        MaryData result = new MaryData(outputType(), d.getLocale());
        result.setDocument(doc);
        return result;
    }

    /**
     * SSML {@code <phoneme alphabet="pinyin">}: the given syllables (tone digits or tone marks)
     * replace the lexicon's, one per Han character. A malformed override is logged and the lexicon
     * reading is used instead.
     */
    private void applyPinyinOverride(Element t) {
        String pinyin = t.getAttribute("sampa").substring(ZhSsmlParser.PINYIN_PREFIX.length()).trim();
        String text = ZhModules.text(t);
        t.removeAttribute("sampa");
        t.setAttribute("pos", ZhModules.POS_HAN);
        try {
            List<PinyinSyllable> syllables = new java.util.ArrayList<>();
            for (String s : PinyinOverride.parse(pinyin, text)) {
                syllables.add(PinyinSyllable.parse(s));
            }
            t.setAttribute("sandhi", ZhPhonemiser.join(syllables));
            t.setAttribute("g2p_method", "ssml-phoneme");
        } catch (IllegalArgumentException e) {
            logger.warn("ignoring SSML phoneme ph=\"" + pinyin + "\" for '" + text + "': " + e.getMessage());
            List<PinyinSyllable> lexicon = new java.util.ArrayList<>();
            for (PronouncedWord w : ZhFrontEnd.shared().pronouncer().pronounce(text)) {
                lexicon.addAll(w.syllables());
            }
            t.setAttribute("sandhi", ZhPhonemiser.join(lexicon));
        }
    }
}
