package marytts.language.zh.tn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seventh generalization round: one method per behaviour fixed. */
class Round7PatternsTest extends NormalizerCases {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "他以6-4、3-6、7-5赢下比赛。|他以六比四、三比六、七比五赢下比赛。",
        "费德勒以6-7、7-6、6-4赢得第一轮。|费德勒以六比七、七比六、六比四赢得第一轮。",
        "她以21-15，18-21，21-19获胜|她以二十一比十五，十八比二十一，二十一比十九获胜",
        "每天3-5、6-8小时|每天三到五、六到八小时",
        "第1-2、3-4名|第一到二、三到四名",
        "他以6-3、6-4、6-7、7-6、7-6获胜|他以六比三、六比四、六比七、七比六、七比六获胜",
    })
    void setScoresInAListAreScores(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "我在5-1班。|我在五一班。",
        "高二12-3班|高二十二三班",
        "图3-1|图三杠一",
    })
    void classNumbers(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "12.25圣诞节快乐|十二月二十五日圣诞节快乐",
        "2.14情人节|二月十四日情人节",
        "9.10教师节|九月十日教师节",
        "11.11购物节|双十一购物节",
        "3.15晚会|三一五晚会",
        "5.1劳动节|五一劳动节",
        "3.8妇女节|三八妇女节",
        "10.1国庆节|十一国庆节",
        "7.20暴雨|七二零暴雨",
        "10·24|一零二四",
        "12.5元|十二点五元",
        "12.13国家公祭日|十二月十三日国家公祭日",
        "1.1元旦假期|一月一日元旦假期",
        "12.24平安夜|十二月二十四日平安夜",
        "1.5元|一点五元",
        "4.23世界读书日|四月二十三日世界读书日",
        "6.5世界环境日|六月五日世界环境日",
        "排名12.5世界第一|排名十二点五世界第一",
    })
    void holidaysWithTwoDigitPartsAreDates(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "截至2024.3，用户数达到一亿。|截至二零二四年三月，用户数达到一亿。",
        "截至2024.3月底|截至二零二四年三月底",
        "2024.3月|二零二四年三月",
        "2024-3月|二零二四年三月",
        "2008.08月|二零零八年八月",
        "2019.9入学|二零一九年九月入学",
        "据2024.5数据显示|据二零二四年五月数据显示",
        "自2024.3起施行|自二零二四年三月起施行",
        "2008.08起|二零零八年八月起",
        "从2020.1开始|从二零二零年一月开始",
        "上证指数于2019.5点收盘|上证指数于两千零一十九点五点收盘",
        "2008.08|二零零八年八月",
        "增长2024.3万元|增长两千零二十四点三万元",
        "数值为2024.3|数值为两千零二十四点三",
    })
    void yearMonthWithOneDigitMonth(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1e-5|一乘十的负五次方",
        "1e5|一乘十的五次方",
        "2.5E-3|二点五乘十的负三次方",
        "6.02e23|六点零二乘十的二十三次方",
        "3e+8|三乘十的八次方",
        "浓度为1e-5mol/L|浓度为一乘十的负五次方摩尔每升",
        "1e5a|一e五a",
    })
    void scientificNotation(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "60、70后|六零、七零后",
        "80、90后的年轻人|八零、九零后的年轻人",
        "90后和00后|九零后和零零后",
        "60后、70后|六零后、七零后",
        "30、40后面|三十、四十后面",
    })
    void generationListsShareTheirSuffix(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "用时2:03:45|用时两小时零三分四十五秒",
        "她以2:18:34的成绩获得冠军|她以两小时十八分三十四秒的成绩获得冠军",
        "成绩1:00:05|成绩一小时零五秒",
        "于5:35:36发射|于五点三十五分三十六秒发射",
        "13:10:36|十三点十分三十六秒",
        "她在13:05:20冲过终点。|她在十三点零五分二十秒冲过终点。",
    })
    void raceResultsAreElapsedTimes(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "曼城在英超第25轮1-0小胜阿森纳。|曼城在英超第二十五轮一比零小胜阿森纳。",
        "中超第3轮2-0零封对手|中超第三轮二比零零封对手",
        "世界杯16强赛3-5月举行|世界杯十六强赛三到五月举行",
        "比赛3-5日举行|比赛三到五日举行",
        "中国3-1日本|中国三比一日本",
    })
    void leagueAndResultWords(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }
}
