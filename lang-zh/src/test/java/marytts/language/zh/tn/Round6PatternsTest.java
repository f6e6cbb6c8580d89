package marytts.language.zh.tn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sixth generalization round: one method per behaviour fixed. */
class Round6PatternsTest {

    private final ChineseTextNormalizer tn = new ChineseTextNormalizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "湖人108-102胜勇士|湖人一百零八比一百零二胜勇士",
        "湖人3-2胜勇士|湖人三比二胜勇士",
        "湖人队108-102胜|湖人队一百零八比一百零二胜",
        "湖人2-3负于勇士|湖人二比三负于勇士",
        "3局2胜|三局两胜",
        "赛季取得30-40胜|赛季取得三十到四十胜",
    })
    void scoreBeforeWinOrLossWord(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "AQI 156|AQI 一百五十六",
        "AQI156|AQI一百五十六",
        "CPI 102.1|CPI 一百零二点一",
        "BMI 24|BMI 二十四",
        "RTX 4090|RTX 四零九零",
        "MU5735|MU五七三五",
    })
    void indicatorAbbreviationsTakeValues(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "6.02×10²³|六点零二乘十的二十三次方",
        "1.6×10⁻¹⁹|一点六乘十的负十九次方",
        "x⁴|x的四次方",
        "2¹⁰=1024|二的十次方等于一千零二十四",
        "3²|三的平方",
        "a³|a的立方",
        "研究¹表明|研究¹表明",
        "x²-4=0|x的平方减四等于零",
        "3²-1=8|三的平方减一等于八",
        "10²-5|十的平方减五",
        "x³-1|x的立方减一",
        "3-5m²|三到五平方米",
    })
    void superscriptExponents(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
        "|−5|=5#负五的绝对值等于五",
        "|-3.5|+|x|=7#负三点五的绝对值加x的绝对值等于七",
        "3+|−2|=5#三加负二的绝对值等于五",
        "|100|200|#|一百|两百|",
        "a|b#a|b",
        "|x|#|x|",
    })
    void absoluteValueNextToAnOperator(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "获得3金2银1铜|获得三金两银一铜",
        "中国队2金领跑|中国队两金领跑",
        "2银行|二银行",
    })
    void medalsAreCounts(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "半衰期5730年|半衰期五千七百三十年",
        "有2000年的历史|有两千年的历史",
        "持续了1500年|持续了一千五百年",
        "长达1000年之久|长达一千年之久",
        "到了2020年|到了二零二零年",
        "2008年奥运会|二零零八年奥运会",
    })
    void yearCountsByContext(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "80km/h~120km/h|每小时八十公里到每小时一百二十公里",
        "80km/h-120km/h|每小时八十公里到每小时一百二十公里",
        "5m²-10m²|五平方米到十平方米",
        "转速3000r/min|转速三千转每分",
        "3kg-5kg|三千克到五千克",
    })
    void rangesBetweenCompoundAndSquaredUnits(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }
}
