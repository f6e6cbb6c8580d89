package marytts.language.zh.tn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour per pattern, table-driven with our own examples (not the dev set rows). */
class ChineseTextNormalizerTest extends NormalizerCases {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "库存37件|库存三十七件",
        "-0|负零",
        "跌到-15|跌到负十五",
        "约8,600人|约八千六百人",
        "2.75米|二点七五米",
        "1.2万|一点二万",
        "粉丝50w|粉丝五十万",
        "月薪8k|月薪八千",
        "买了2本书|买了两本书",
        "停留2小时|停留两小时",
        "这里写着2|这里写着二",
        "开了2两酒|开了二两酒",
        "12个|十二个",
        "１，０００|一千",
        "读2年级|读二年级",
        "CO2排放|CO二排放",
        "得了2分|得了两分",
        "8点2分|八点二分",
        "100+个国家|一百多个国家",
        "4K电视|四K电视",
        "月薪8K|月薪八千",
        "i9-13900K处理器|i九幺三九零零K处理器",
        "歼-20|歼二十",
        "东风-41导弹|东风四十一导弹",
        "他以9秒58夺冠|他以九秒五八夺冠",
        "身高1米85|身高一米八五",
        "他跑了100米|他跑了一百米",
        "预算2k|预算两千",
    })
    void readsCardinalsAndQuantities(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1999年12月31日|一九九九年十二月三十一日",
        "1997-07-01|一九九七年七月一日",
        "2019/5/4|二零一九年五月四日",
        "1999.12.31|一九九九年十二月三十一日",
        "31/12/1999|一九九九年十二月三十一日",
        "1997-07|一九九七年七月",
        "07/1997|一九九七年七月",
        "05/06|五月六日",
        "生日是5/6|生日是五月六日",
        "星期5|星期五",
        "周7|周日",
        "80后|八零后",
        "1998~2001年|一九九八到二零零一年",
        "公元前221年|公元前二二一年",
        "公元 618年|公元 六一八年",
        "1980s|一九八零年代",
        "2020东京奥运会|二零二零东京奥运会",
        "2000人参加奥运会|两千人参加奥运会",
        "2020—2022年|二零二零到二零二二年",
        "2024/25赛季|二零二四到二五赛季",
        "2019-20年|二零一九到二零年",
        "半年即1/2年|半年即二分之一年",
        "98年3月|九八年三月",
        "24年春节|二四年春节",
        "20年前|二十年前",
        "国发〔2024〕3号|国发〔二零二四〕三号",
    })
    void readsDates(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2025-14-40", "1999-00-10", "2024/02/45", "13/13", "1999.13.01"})
    void doesNotReadMalformedDatesAsDates(String written) {
        String out = tn.normalize(written);
        assertFalse(out.contains("年") || out.contains("月") || out.contains("日"), out);
        assertFalse(out.matches(".*[0-9].*"), out);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "7:45|七点四十五分",
        "6:07|六点零七分",
        "9:00|九点",
        "2:15|两点十五分",
        "7:08:09|七点零八分九秒",
        "10:30 pm|下午十点三十分",
        "6:20a.m.|上午六点二十分",
        "晚上9点|晚上九点",
        "9:00-11:30|九点到十一点三十分",
        "08:00:00|八点",
        "比赛将在19:35开始|比赛将在十九点三十五分开始",
        "15:30-16:00|十五点三十分到十六点",
    })
    void readsClockTimes(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "¥8.80|八点八零元",
        "$2|两美元",
        "€45|四十五欧元",
        "HK$300|三百港元",
        "US$1.5|一点五美元",
        "JPY 500|五百日元",
        "£3亿|三亿英镑",
        "80USD|八十美元",
        "9.9元|九点九元",
        "JP¥500|五百日元",
        "单价¥12.8/kg|单价十二点八元每千克",
        "12.8/斤|十二点八每斤",
    })
    void readsMoney(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "联系我18612345678|联系我幺八六幺二三四五六七八",
        "+86 186-1234-5678|加八六幺八六幺二三四五六七八",
        "021-55501234|零二幺五五五零幺二三四",
        "客服800-820-8820|客服八零零八二零八八二零",
        "尾号为6612|尾号为六六幺二",
        "验证码：4791|验证码：四七九幺",
        "坐915路|坐九幺五路",
        "住在1208房间|住在幺二零八房间",
        "拨打120求助|拨打幺二零求助",
        "航班CA1831|航班CA幺八三幺",
        "+86-10-12345678|加八六幺零幺二三四五六七八",
        "电话010-64035547转8001|电话零幺零六四零三五五四七转八零零幺",
        "302室|三零二室",
        "3室2厅|三室两厅",
        "住在2单元301|住在二单元三零幺",
        "波音747|波音七四七",
        "10010|一万零一十",
        "股票代码600519|股票代码六零零五幺九",
    })
    void readsMobileNumberDigitByDigit(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "5/8|八分之五",
        "有2/3的人|有三分之二的人",
        "-3/7|负七分之三",
        "12%|百分之十二",
        "下降0.5%|下降百分之零点五",
        "-4%|负百分之四",
        "3‰|千分之三",
        "30%~40%|百分之三十到百分之四十",
        "5-8%|百分之五到百分之八",
    })
    void readsFractionsAndPercentages(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "3kg|三千克",
        "2 kg|两千克",
        "跑了5km|跑了五公里",
        "80km/h|每小时八十公里",
        "15m²|十五平方米",
        "2m/s|每秒两米",
        "250ml|两百五十毫升",
        "4000mAh|四千毫安时",
        "512GB|五百一十二G",
        "-12℃|零下十二摄氏度",
        "37.5°C|三十七点五摄氏度",
        "转了90°|转了九十度",
        "30ms|三十毫秒",
        "40°N|北纬四十度",
        "-2℃|零下二摄氏度",
        "10kg/m³|每立方米十千克",
        "30°C-35°C|三十摄氏度到三十五摄氏度",
        "3kg~5kg|三千克到五千克",
        "1.2万km|一点二万公里",
        "2万km|两万公里",
        "25µg|二十五微克",
    })
    void readsUnitsInChinese(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "4+5=9|四加五等于九",
        "9-4=5|九减四等于五",
        "7×8|七乘八",
        "8÷4|八除四",
        "a≠3|a不等于三",
        "x<=7|x小于等于七",
        "y>=0|y大于等于零",
        "π≈3.14|π约等于三点一四",
        "±7|正负七",
        "√16|根号十六",
        "3^4|三的四次方",
        "5²|五的平方",
        "1280x720|一千二百八十乘七百二十",
        "8元/斤|八元每斤",
        "x²|x的平方",
        "a+b=c|a加b等于c",
        "y=2x+1|y等于二x加一",
        "a<b|a小于b",
        "2^-1|二的负一次方",
        "1 - 2|一 减 二",
        "-1-2|负一减二",
        "C++|C++",
        "H2O|H二O",
    })
    void readsMathSymbols(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "4-6个|四到六个",
        "2-4周|两到四周",
        "7~9天|七到九天",
        "8-3|八减三",
        "5月1日-5月3日|五月一日到五月三日",
        "7点-9点|七点到九点",
        "第3名|第三名",
        "第2届|第二届",
        "第200次|第二百次",
    })
    void readsRangesAndOrdinals(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "比分3:1|比分三比一",
        "2:3|二比三",
        "1:500的地图|一比五百的地图",
        "巴西队3-2|巴西队三比二",
        "德国 4-1|德国四比一",
        "皇马 1/1|皇马 一比一",
        "皇马2-1巴萨|皇马二比一巴萨",
        "湖人 110-105 勇士|湖人 一百一十比一百零五 勇士",
        "气温2-5度|气温二到五度",
        "3:2:1|三比二比一",
        "男女比例为1.05:1|男女比例为一点零五比一",
        "13:10:36|十三点十分三十六秒",
    })
    void readsScoresAndRatiosWithBi(String written, String spoken) {
        assertEquals(spoken.replace(" ", ""), tn.normalize(written).replace(" ", ""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "v3.1.4|v三点一点四",
        "版本5.0.2|版本五点零点二",
        "192.168.1.1|一九二点一六八点一点一",
        "C2C|C to C",
        "A320|A三二零",
        "G7峰会|G七峰会",
        "Hello World|Hello World",
        "ＡＢＣ１２３|ABC幺二三",
        "３７５件|三百七十五件",
        "１８：３０|十八点三十分",
        "ISO 9001|ISO九零零幺",
        "GB/T 19001-2016|GB/T幺九零零幺二零一六",
        "GDP 1000亿|GDP 一千亿",
    })
    void readsCodesVersionsAndFullWidth(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }
}
