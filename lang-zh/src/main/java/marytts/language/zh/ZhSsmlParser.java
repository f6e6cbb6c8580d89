package marytts.language.zh;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import marytts.datatypes.MaryData;
import marytts.datatypes.MaryDataType;
import marytts.modules.InternalModule;
import marytts.modules.SSMLParser;

/**
 * SSML to RAWMARYXML for zh_CN: MaryTTS's own SSML stylesheet, except that
 * {@code <phoneme alphabet="pinyin" ph="chong2 xin1">} survives (the stock stylesheet drops every
 * alphabet but x-sampa). The pinyin is carried as {@code <t sampa="pinyin:...">} and applied by
 * {@link ZhNormaliser}.
 */
public class ZhSsmlParser extends InternalModule {
    static final String PINYIN_PREFIX = "pinyin:";
    private static final String SSML_NS = "http://www.w3.org/2001/10/synthesis";
    private final SSMLParser stock = new SSMLParser();

    public ZhSsmlParser() {
        super("ZhSsmlParser", MaryDataType.SSML, MaryDataType.RAWMARYXML, ZhModules.LOCALE);
    }

    @Override
    public void startup() throws Exception {
        stock.startup();
        super.startup();
    }

    @Override
    public MaryData process(MaryData d) throws Exception {
        Document doc = d.getDocument();
        NodeList phonemes = doc.getElementsByTagNameNS(SSML_NS, "phoneme");
        for (int i = 0; i < phonemes.getLength(); i++) {
            Element p = (Element) phonemes.item(i);
            String alphabet = p.getAttribute("alphabet").trim().toLowerCase(java.util.Locale.ROOT);
            if (alphabet.equals("pinyin") || alphabet.equals("x-pinyin")) {
                p.setAttribute("alphabet", "x-sampa");
                p.setAttribute("ph", PINYIN_PREFIX + p.getAttribute("ph"));
            }
        }
        MaryData raw = stock.process(d);
        MaryData result = new MaryData(outputType(), d.getLocale());
        result.setDocument(raw.getDocument());
        return result;
    }
}
