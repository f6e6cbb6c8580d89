package marytts.language.zh.tn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fourth generalization round: one method per behaviour fixed. */
class Round4PatternsTest extends NormalizerCases {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "订单号2023112300156|订单号二零二三幺幺二三零零幺五六",
        "运单号是7712345678901|运单号是七七幺二三四五六七八九零幺",
        "共有2023112300156人|共有两万零二百三十一亿一千二百三十万零一百五十六人",
    })
    void longDigitRunAfterCodeWord(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "985高校|九八五高校",
        "211工程|二幺幺工程",
        "985、211院校|九八五、二幺幺院校",
        "996工作制|九九六工作制",
        "985个|九百八十五个",
        "共211人|共两百一十一人",
        "211大楼|两百一十一大楼",
    })
    void numberNames(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "911事件|九一一事件",
        "911恐怖袭击|九一一恐怖袭击",
        "发生了120起事件|发生了一百二十起事件",
    })
    void bareEventDate(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2023.11.23-2023.11.25|二零二三年十一月二十三日到二零二三年十一月二十五日",
        "2023.11.23-11.25|二零二三年十一月二十三日到十一月二十五日",
        "2023-11-23~25|二零二三年十一月二十三日到二十五日",
        "2023/11/23-2024/1/5|二零二三年十一月二十三日到二零二四年一月五日",
        "2023-11-23 -5℃|二零二三年十一月二十三日 零下五摄氏度",
    })
    void fullDateRange(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "12:30 pm|中午十二点三十分",
        "12:15 a.m.|凌晨十二点十五分",
        "11:30 pm|下午十一点三十分",
        "12pm|中午十二点",
    })
    void noonAndMidnightHour(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "22:00-次日6:00|二十二点到次日六点",
        "营业时间20:00~次日2:00|营业时间二十点到次日两点",
        "a-次日|a-次日",
    })
    void timeRangeToNextDay(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "上午9:00—下午5:00|上午九点到下午五点",
        "9:00-下午5:00|九点到下午五点",
        "８：００—晚上１０：００|八点到晚上十点",
        "他说—下午再谈|他说—下午再谈",
    })
    void timeRangeToDayPart(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "$1.5 million|一百五十万美元",
        "$3.2bn|三十二亿美元",
        "$5M|五百万美元",
        "融资€20K|融资两万欧元",
        "$2 billion|二十亿美元",
        "$5 more|五美元 more",
        "￥1000元|一千元",
        "¥9.9元包邮|九点九元包邮",
        "$100美元|一百美元",
    })
    void moneyScaleWordsAndRepeatedCurrency(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "100Ω|一百欧姆",
        "4.7kΩ的电阻|四点七千欧的电阻",
    })
    void ohms(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "粤B 6K8T9|粤B六K八T九",
        "京A-12345|京A幺二三四五",
        "京A 12345678|京A 一千二百三十四万五千六百七十八",
    })
    void licensePlateWithSpaceOrHyphen(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "住在2栋1单元603|住在二栋一单元六零三",
        "5号楼2单元|五号楼二单元",
        "盖了2栋楼|盖了两栋楼",
        "2栋别墅|两栋别墅",
    })
    void buildingNumberInAddress(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "90後|九零後",
        "00後的年輕人|零零後的年輕人",
        "90後面|九十後面",
    })
    void generationWithTraditionalHou(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "H.264编码|H点二六四编码",
        "G.711|G点七幺幺",
        "P.123|P.一百二十三",
    })
    void ituRecommendationNumbers(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "电话：0571-8888 6666|电话：零五七幺八八八八六六六六",
        "0571-8888-6666|零五七幺八八八八六六六六",
        "010-64035547|零幺零六四零三五五四七",
    })
    void landlineInGroups(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2023Q3财报|二零二三Q三财报",
        "2024H1|二零二四H一",
        "Q1-Q3|Q一到Q三",
        "3000Q1|三千Q一",
    })
    void yearQuarter(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "9:16竖屏|九比十六竖屏",
        "宽高比为4:3|宽高比为四比三",
        "9:16的竖屏视频|九比十六的竖屏视频",
        "凌晨2:15的画面|凌晨两点十五分的画面",
        "9:16开会|九点十六分开会",
    })
    void aspectRatio(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "全国总人口140967万人|全国总人口十四亿零九百六十七万人",
        "20000万元|两亿元",
        "12345万|一亿二千三百四十五万",
        "3456万|三千四百五十六万",
        "13908亿斤|一万三千九百零八亿斤",
        "1.23456万|一点二三四五六万",
    })
    void fiveDigitsBeforeWan(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "生产日期：20231123|生产日期：二零二三年十一月二十三日",
        "有效期至20251231|有效期至二零二五年十二月三十一日",
        "共有20231123人|共有两千零二十三万一千一百二十三人",
        "生产日期：20231323|生产日期：两千零二十三万一千三百二十三",
    })
    void compactDateAfterDateWord(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "$10-20|十到二十美元",
        "$10-$20|十美元到二十美元",
        "¥100～¥200|一百元到两百元",
        "¥1万-2万|一万到两万元",
        "￥100-200元|一百到两百元",
        "$100-$20=$80|一百美元-二十美元等于八十美元",
        "-$5|负五美元",
    })
    void moneyRange(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "如图3-1所示|如图三杠一所示",
        "见表2-3|见表二杠三",
        "式（4-12）|式（四杠十二）",
        "约3-5个|约三到五个",
    })
    void figureNumbers(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "TOP100|TOP一百",
        "A380|A三八零",
    })
    void rankingIsNoCode(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2大优势|两大优势",
        "2小碗米饭|两小碗米饭",
        "2大于1|二大于一",
        "2小于3|二小于三",
        "第2大城市|第二大城市",
        "住在2小区|住在二小区",
    })
    void twoBeforeDaXiao(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ISBN 978-7-111-12345-6|ISBN九七八七幺幺幺幺二三四五六",
        "ISSN 1002-123X|ISSN幺零零二幺二三X",
    })
    void bookNumbers(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "PIN码1234|PIN码幺二三四",
        "取件码5-2-1033|取件码五二幺零三三",
        "国道318|国道三幺八",
        "106国道，107国道|幺零六国道，幺零七国道",
        "163邮箱|幺六三邮箱",
        "163个邮箱|一百六十三个邮箱",
        "客服时间9-18点|客服时间九到十八点",
    })
    void codeWordsAndMailProvider(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1000.01|一千点零一",
        "2008.08|二零零八年八月",
        "1999.12|一九九九年十二月",
    })
    void yearMonthWithPointOnlyForModernYears(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "10086是中国移动客服|幺零零八六是中国移动客服",
        "通过12306购票|通过幺二三零六购票",
        "第10086位|第一万零八十六位",
        "12306个|一万二千三百零六个",
        "考了110分|考了一百一十分",
    })
    void fiveDigitServiceNumbersAnywhere(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "18K金项链|十八K金项链",
        "24k纯金|二十四k纯金",
        "月薪18K|月薪一万八千",
    })
    void karatGold(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @Test
    void dayMonthYearNeedsAModernYear() {
        assertFalse(tn.normalize("5-2-1033").contains("年"));
        assertEquals("二零零八年八月八日", tn.normalize("08-08-2008"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "显卡是RTX 4090|显卡是RTX 四零九零",
        "HTTP 404错误|HTTP 四零四错误",
        "密码是abc123|密码是abc幺二三",
        "A-380|A三八零",
        "ATM 500元|ATM 五百元",
        "CPU 100%|CPU 百分之一百",
        "iPhone15|iPhone十五",
    })
    void modelAndCodeNumbersAfterLetters(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "奥迪A6L|奥迪A六L",
        "宝马X5M|宝马X五M",
        "5L水|五升水",
        "充电器5V2A|充电器五伏两安",
    })
    void oneCapitalUnitAfterALetterCodeIsPartOfTheName(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "这台电视支持4K|这台电视支持四K",
        "分辨率达到8K|分辨率达到八K",
        "4K视频|四K视频",
        "月薪8K|月薪八千",
        "工资15k|工资一万五千",
    })
    void resolutionFromTheWordsBefore(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }
}
