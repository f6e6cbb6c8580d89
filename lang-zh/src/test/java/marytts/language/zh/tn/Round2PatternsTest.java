package marytts.language.zh.tn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Second generalization round: one method per behaviour fixed. */
class Round2PatternsTest extends NormalizerCases {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "建筑面积89㎡|建筑面积八十九平方米",
        "重5㎏|重五千克",
        "全长12㎞|全长十二公里",
        "3㎝|三厘米",
        "1000㎖|一千毫升",
    })
    void squareUnitSigns(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "重力加速度9.8m/s²|重力加速度九点八米每二次方秒",
        "空腹血糖6.1mmol/L|空腹血糖每升六点一毫摩尔",
        "密度为1.29g/L|密度为每升一点二九克",
        "60fps|六十帧每秒",
        "血压140/90mmHg|血压一百四十比九十毫米汞柱",
        "血压120/80|血压一百二十比八十",
        "3kg/袋|三千克每袋",
        "TCP/协议|TCP/协议",
    })
    void unitsAndPerUnits(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "酱油2勺|酱油两勺",
        "翻了2番|翻了两番",
        "获得2枚金牌|获得两枚金牌",
        "新增2例|新增两例",
        "打进2球|打进两球",
    })
    void moreMeasureWords(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "8GB+256GB版本|八G加两百五十六G版本",
        "点赞10w+|点赞十万加",
        "+5|正五",
        "∠A=90°|角A等于九十度",
        "∵a>b|因为a大于b",
        "x→∞|x→无穷大",
        "2x-1=0|二x减一等于零",
        "F-16战机|F-十六战机",
    })
    void mathSymbols(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2-3不敌对手|二比三不敌对手",
        "最终以3-1取胜|最终以三比一取胜",
        "以2-1领先|以二比一领先",
        "双方1-1握手言和|双方一比一握手言和",
        "2-2|二比二",
        "3-5个|三到五个",
        "9:00负责签到|九点负责签到",
        "22:00淘汰赛开始|二十二点淘汰赛开始",
    })
    void scores(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "95后|九五后",
        "05后|零五后",
        "90后|九零后",
        "排在15后面|排在十五后面",
        "1080P|一零八零P",
        "720p视频|七二零p视频",
        "1080元|一千零八十元",
        "3/15消费者权益日|三一五消费者权益日",
        "3/15|十五分之三",
    })
    void namesSaidDigitByDigit(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "618大促|六一八大促",
        "520表白|五二零表白",
        "520元|五百二十元",
        "618|六百一十八",
        "油耗为5.6L/100km|油耗为每百公里五点六升",
        "步骤①加水|步骤一加水",
        "①②|一 二",
        "2里路|两里路",
        "2寸照片|两寸照片",
    })
    void eventNumbersFuelCircledAndOldUnits(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "5pm|下午五点",
        "10 a.m.开会|上午十点开会",
        "5 PM2.5|五 PM二点五",
        "3.5pm|三点五pm",
    })
    void bareHourWithAmPm(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "沪A·12345|沪A幺二三四五",
        "车牌京A88888|车牌京A八八八八八",
        "营业执照号91310000MA1FL12345|营业执照号九幺三幺零零零零MA幺FL幺二三四五",
        "京ICP备12345678号|京ICP备幺二三四五六七八号",
        "10000mAh|一万毫安时",
        "iPhone15Pro|iPhone十五Pro",
    })
    void platesAndSerialCodes(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "IP68防水|IP六八防水",
        "IPX7|IPX七",
        "3天2晚|三天两晚",
        "住2夜|住两夜",
    })
    void ratingsAndNights(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "光速约为3×10^8m/s|光速约为三乘十的八次方米每秒",
        "1.5×10^-3m|一点五乘十的负三次方米",
        "10^5Pa|十的五次方帕",
        "2^10=1024|二的十次方等于一千零二十四",
    })
    void unitAfterPower(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "5V2A充电器|五伏两安充电器",
        "10V1.5A|十伏一点五安",
        "5A级景区|五A级景区",
        "3A|三A",
    })
    void amperesOnlyAfterVolts(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "x/2=3|二分之x等于三",
        "km/2|km/二",
        "电压220/110V|电压两百二十/一百一十伏",
        "1/2kg|二分之一千克",
        "3/4m|四分之三米",
    })
    void variableFractionsAndNoBloodPressureWithoutContext(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1.25$|一点二五美元",
        "100€|一百欧元",
        "5$ $5|五美元 五美元",
    })
    void currencySymbolAfterAmount(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }
}
