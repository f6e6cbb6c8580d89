package marytts.language.zh;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import marytts.datatypes.MaryData;
import marytts.datatypes.MaryDataType;
import marytts.language.zh.frontend.ZhFrontEnd;
import marytts.language.zh.frontend.PinyinSyllable;
import marytts.modules.InternalModule;

/**
 * WORDS to PHONEMES for zh_CN: writes each word's phones into {@code ph} (syllables separated by
 * {@code -}, tone digit after the final) and its surface pinyin into {@code sandhi}. Han words
 * already carry their pinyin from segmentation; Latin words (English, acronyms, brands) and
 * leftover digits go through the English-in-Chinese path, which maps them into the same phones.
 */
public class ZhPhonemiser extends InternalModule {

    public ZhPhonemiser() {
        super("ZhPhonemiser", MaryDataType.WORDS, MaryDataType.PHONEMES, ZhModules.LOCALE);
    }

    @Override
    public MaryData process(MaryData d) throws Exception {
        Document doc = d.getDocument();
        for (Element t : ZhModules.tokens(doc)) {
            String pos = t.getAttribute("pos");
            List<PinyinSyllable> syllables;
            if (ZhModules.POS_HAN.equals(pos) && t.hasAttribute("sandhi")) {
                syllables = parse(t.getAttribute("sandhi"));
                t.setAttribute("g2p_method", "lexicon");
            } else if (ZhModules.POS_LATIN.equals(pos) || ZhModules.POS_DIGITS.equals(pos)) {
                syllables = ZhFrontEnd.shared().latin().pronounce(ZhModules.text(t));
                t.setAttribute("sandhi", join(syllables));
                t.setAttribute("g2p_method", "english");
            } else {
                continue;
            }
            if (!syllables.isEmpty()) {
                t.setAttribute("ph", phoneString(syllables));
            }
        }
        MaryData result = new MaryData(outputType(), d.getLocale());
        result.setDocument(doc);
        return result;
    }

    static List<PinyinSyllable> parse(String sandhi) {
        List<PinyinSyllable> out = new ArrayList<>();
        for (String s : sandhi.trim().split("\\s+")) {
            if (!s.isEmpty()) {
                out.add(PinyinSyllable.parse(s));
            }
        }
        return out;
    }

    /** Syllables as the space-separated toned pinyin of the {@code sandhi} attribute. */
    static String join(List<PinyinSyllable> syllables) {
        StringBuilder sb = new StringBuilder();
        for (PinyinSyllable s : syllables) {
            sb.append(sb.length() == 0 ? "" : " ").append(s.toPinyin());
        }
        return sb.toString();
    }

    /** MaryTTS phone string: {@code n i3 - h ao3}. */
    static String phoneString(List<PinyinSyllable> syllables) {
        StringBuilder sb = new StringBuilder();
        for (PinyinSyllable s : syllables) {
            if (sb.length() > 0) {
                sb.append(" - ");
            }
            List<String> phones = s.phones();
            for (int i = 0; i < phones.size(); i++) {
                sb.append(i == 0 ? "" : " ").append(phones.get(i));
                if (phones.get(i).equals(s.finalPart())) {
                    sb.append(s.tone());
                }
            }
        }
        return sb.toString();
    }
}
