package marytts.language.zh.tn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Third generalization round: one method per behaviour fixed. */
class Round3PatternsTest extends NormalizerCases {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "11月1日—3日举行|十一月一日到三日举行",
        "5月1日—5月5日|五月一日到五月五日",
        "8时—18时|八时到十八时",
        "8时-18时|八时到十八时",
        "8时~18时|八时到十八时",
        "当时-5℃的低温|当时零下五摄氏度的低温",
        "他说：“好”—这是|他说：“好”—这是",
    })
    void rangeAfterDateOrHourWord(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "北纬30°15'|北纬三十度十五分",
        "东经120°30'15\"|东经一百二十度三十分十五秒",
        "东经120°30′15″|东经一百二十度三十分十五秒",
        "用时2'30\"|用时两分三十秒",
        "他跑了3'45.5\"|他跑了三分四十五点五秒",
        "角度为45°|角度为四十五度",
    })
    void degreesMinutesSeconds(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "均价为5万元/㎡|均价为五万元每平方米",
        "5元/m²|五元每平方米",
        "3元/km|三元每公里",
        "5元/kg|五元每千克",
        "TCP/ms|TCP/ms",
    })
    void latinPerUnitAfterHanWord(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "凌晨2时|凌晨两时",
        "2时许|两时许",
        "22时|二十二时",
        "2时代|二时代",
    })
    void twoBeforeHourShi(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "-5度|零下五度",
        "气温-5度左右|气温零下五度左右",
        "峰值扭矩400N·m|峰值扭矩四百牛米",
        "扭矩400N.m|扭矩四百牛米",
    })
    void negativeHanDegreeAndNewtonMetres(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "月薪15k|月薪一万五千",
        "1.5k|一千五百",
        "2k|两千",
        "月薪8K|月薪八千",
        "4K电视|四K电视",
    })
    void thousandsSuffixFoldedIntoMyriads(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1380 0138 000|幺三八零零幺三八零零零",
        "400 800 1234|四零零八零零幺二三四",
        "拨打400-800-1234|拨打四零零八零零幺二三四",
    })
    void spacedMobileAndServiceNumbers(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "总计￥3,500.00|总计三千五百元",
        "12.00元|十二元",
        "价格是13.00美元|价格是十三美元",
        "$5.00|五美元",
        "12.00|十二点零零",
        "价格是$13.5|价格是十三点五美元",
    })
    void zeroCentsNotRead(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "下午3:00PM|下午三点",
        "3:00PM|下午三点",
        "晚上8:00 pm|晚上八点",
        "8:00 a.m.准时开会|上午八点准时开会",
    })
    void writtenDayPartNotRepeated(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "九〇后|九零后",
        "二〇二三年|二零二三年",
    })
    void hanZeroReadLing(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Ⅲ期临床试验|三期临床试验",
        "第Ⅱ卷|第二卷",
        "Ⅰ型糖尿病|一型糖尿病",
        "ⅻ|十二",
    })
    void romanNumeralSigns(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "10万-20万元|十万到二十万元",
        "1.5万—2万|一点五万到两万",
        "3亿-5亿|三亿到五亿",
    })
    void rangeBetweenMyriads(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1#楼|一号楼",
        "3#机组|三号机组",
        "#话题#|#话题#",
    })
    void numberSignAfterNumber(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "耗时1h30min|耗时一小时三十分钟",
        "2h15m|两小时十五分钟",
        "1h20m30s|一小时二十分钟三十秒",
        "3min20s|三分钟二十秒",
        "3m20s|三分钟二十秒",
        "10m|十米",
        "2h|两小时",
    })
    void chainedDurationUnits(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1st|第一",
        "2nd|第二",
        "11th|第十一",
        "21st|第二十一",
        "3rd|第三",
    })
    void englishOrdinalSuffix(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1965.03—1970.07在某校学习|一九六五年三月到一九七零年七月在某校学习",
        "2020.9-2024.6|二零二零年九月到二零二四年六月",
        "2020/9-2024/6|二零二零年九月到二零二四年六月",
        "3.5-4.5|三点五到四点五",
    })
    void yearMonthRanges(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "三十%|百分之三十",
        "三点五%的人|百分之三点五的人",
        "约百分之三十%|约百分之三十%",
    })
    void percentAfterHanNumerals(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "三次产业结构为7.1:38.3:54.6|三次产业结构为七点一比三十八点三比五十四点六",
        "1.5:2:3|一点五比二比三",
        "1:2:3|一比二比三",
        "13:10:36|十三点十分三十六秒",
    })
    void decimalRatioChains(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "每天喝水1500～1700ml|每天喝水一千五百到一千七百毫升",
        "1500-1700ml|一千五百到一千七百毫升",
        "1990-2000|一九九零到二零零零",
        "2019-2020赛季|二零一九到二零二零赛季",
    })
    void fourDigitRangeBeforeLatinUnitIsNoYearRange(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }
}
