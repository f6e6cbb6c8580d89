package marytts.language.zh.tn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sixth generalization round: one method per behaviour fixed. */
class Round6PatternsTest extends NormalizerCases {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "湖人108-102胜勇士|湖人一百零八比一百零二胜勇士",
        "湖人3-2胜勇士|湖人三比二胜勇士",
        "湖人队108-102胜|湖人队一百零八比一百零二胜",
        "湖人2-3负于勇士|湖人二比三负于勇士",
        "3局2胜|三局两胜",
        "赛季取得30-40胜|赛季取得三十到四十胜",
        "巴萨4-0大胜皇马|巴萨四比零大胜皇马",
        "2-1力克对手|二比一力克对手",
        "3-5大优势|三到五大优势",
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
        "E=mc²|E等于mc的平方",
        "面积单位km²|面积单位km²",
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
        "航行2海里|航行两海里",
        "2光年|两光年",
        "耗电2kW·h|耗电两千瓦时",
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

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "3米-5米|三米到五米",
        "5元-10元|五元到十元",
        "3岁-6岁|三岁到六岁",
        "5千-1万|五千到一万",
        "3百-5百元|三百到五百元",
        "10公里-20公里|十公里到二十公里",
        "5元-3元=2元|五元减三元等于两元",
        "温度降至-5|温度降至负五",
    })
    void rangesBetweenHanUnits(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "苏-27|苏二十七",
        "米格-29|米格二十九",
        "图-160轰炸机|图一百六十轰炸机",
        "NBA 2K24|NBA 二K二十四",
        "月薪8k|月薪八千",
        "月销10W+|月销十万加",
        "功率10W|功率十瓦",
    })
    void modelNames(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "以1:45.32的成绩夺冠|以一分四十五秒三二的成绩夺冠",
        "2:03.5|两分三秒五",
        "成绩为0:59.87|成绩为五十九秒八七",
        "比例为1:1.5|比例为一比一点五",
        "比例1:10.5|比例一比十点五",
        "1.05:1|一点零五比一",
        "配速5:30|配速五分三十秒",
        "平均配速为4:05|平均配速为四分零五秒",
        "晚上8:30出发|晚上八点三十分出发",
    })
    void raceTimesWithHundredths(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "y=kx+b|y等于kx加b",
        "y=ax+b|y等于ax加b",
        "y=ax²+bx+c|y等于ax的平方加bx加c",
        "iPhone+iPad|iPhone+iPad",
        "5 x 3 = 15|五 乘 三 等于 十五",
        "8x8|八乘八",
    })
    void algebraTermsAndSpacedTimes(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "-48kg级|四十八千克级",
        "+100kg级|一百千克以上级",
        "减重-5kg|减重负五千克",
    })
    void weightClasses(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "3×10⁸m/s|三乘十的八次方米每秒",
        "10³kg|十的立方千克",
        "6×10²³mol|六乘十的二十三次方摩尔",
        "CO₂排放|CO二排放",
        "H₂O|H二O",
    })
    void unitsAfterSuperscriptPowersAndSubscripts(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "银行卡号：6222 0202 0000 1234 567|银行卡号：六二二二 零二零二 零零零零 幺二三四 五六七",
        "6222 0202 0000 1234|六二二二 零二零二 零零零零 幺二三四",
        "1000 2000 3000|一千 两千 三千",
        "电话 010 6512 3456|电话 零幺零六五幺二三四五六",
        "合同编号：HT-2024-001|合同编号：HT二零二四零零幺",
        "ABC-123-456|ABC幺二三四五六",
        "订单编号：No.20240305001|订单编号：No.二零二四零三零五零零幺",
        "No.1|No.一",
        "301会议室|三零幺会议室",
        "101教室|幺零幺教室",
        "3室2厅|三室两厅",
    })
    void identifiersInGroupsAndCodes(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }
}
