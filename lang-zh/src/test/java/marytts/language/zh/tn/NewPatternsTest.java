package marytts.language.zh.tn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The patterns added for written forms outside the first tables: one method per pattern. */
class NewPatternsTest extends NormalizerCases {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "½|二分之一",
        "加¾杯水|加四分之三杯水",
        "1½|一又二分之一",
        "⅓的人|三分之一的人",
    })
    void vulgarFractions(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "5·12汶川地震|五一二汶川地震",
        "9·11|九一一",
        "3.15晚会|三一五晚会",
        "5.1劳动节|五一劳动节",
        "5.8级地震|五点八级地震",
        "5.12元|五点一二元",
    })
    void eventDates(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "-10~5℃|零下十到五摄氏度",
        "-5~-1°C|零下五到零下一摄氏度",
        "-10~5|负十到五",
    })
    void temperatureRanges(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "www.12306.cn|www点幺二三零六点cn",
        "发邮件到abc@163.com|发邮件到abc at 幺六三点com",
        "Mr.Wang|Mr.Wang",
        "node.js|node.js",
    })
    void addresses(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }
}
