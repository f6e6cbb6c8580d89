package marytts.language.zh.en;

import java.util.List;
import java.util.Locale;

import org.w3c.dom.Element;

import marytts.datatypes.MaryData;
import marytts.datatypes.MaryDataType;
import marytts.datatypes.MaryXML;
import marytts.language.en.Preprocess;
import marytts.language.zh.frontend.Scripts;
import marytts.language.zh.frontend.ZhFrontEnd;
import marytts.modules.InternalModule;
import marytts.util.dom.MaryDomUtils;

/**
 * TOKENS to WORDS for en_US: the stock English preprocessing, after Chinese characters (which the
 * English voice cannot say and MaryTTS would silently drop) are replaced by toneless pinyin, with
 * a log line telling the client to use LOCALE=zh_CN. Being en_US-specific, MaryTTS prefers it to
 * the stock module for en_US requests; other English locales are untouched.
 */
public class HanFallbackPreprocess extends InternalModule {
    private final Preprocess english = new Preprocess();

    public HanFallbackPreprocess() {
        super("HanFallbackPreprocess", MaryDataType.TOKENS, MaryDataType.WORDS, Locale.US);
    }

    @Override
    public void startup() throws Exception {
        english.startup();
        super.startup();
    }

    @Override
    public MaryData process(MaryData d) throws Exception {
        List<Element> tokens = MaryDomUtils.getNodeListAsList(d.getDocument().getElementsByTagNameNS(MaryXML.getNamespace(),
                MaryXML.TOKEN)).stream().map(n -> (Element) n).collect(java.util.stream.Collectors.toList());
        for (Element t : tokens) {
            String text = MaryDomUtils.tokenText(t);
            if (text.codePoints().noneMatch(Scripts::isHan)) {
                continue;
            }
            String pinyin = toPinyin(text);
            logger.warn("en_US request contains Chinese '" + text + "': read as pinyin '" + pinyin
                    + "' by the English voice (send LOCALE=zh_CN to hear Chinese)");
            MaryDomUtils.setTokenText(t, pinyin);
        }
        return english.process(d);
    }

    static String toPinyin(String text) {
        StringBuilder sb = new StringBuilder();
        for (String p : ZhFrontEnd.shared().pronouncer().lexicalPinyin(text)) {
            String syllable = p.replaceAll("[1-5]$", "").replace("v", "u");
            if (!syllable.isEmpty() && syllable.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
                sb.append(sb.length() == 0 ? "" : " ").append(syllable);
            }
        }
        return sb.toString();
    }
}
