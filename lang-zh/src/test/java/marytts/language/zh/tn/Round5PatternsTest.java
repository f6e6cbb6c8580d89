package marytts.language.zh.tn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fifth generalization round: one method per behaviour fixed. */
class Round5PatternsTest extends NormalizerCases {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "3局2胜制|三局两胜制",
        "2胜1负|两胜一负",
        "连续2败|连续两败",
        "第2胜|第二胜",
    })
    void gamesWonAndLostAreCounts(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "16GB内存|十六G内存",
        "2TB硬盘|两T硬盘",
        "文件大小500KB|文件大小五百K",
        "100Mbps宽带|一百兆宽带",
        "下载速度20MB/s|下载速度每秒二十兆",
        "1Gbps|一G",
    })
    void dataSizesAsSpoken(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "API返回了404|API返回了四零四",
        "页面显示404|页面显示四零四",
        "502错误|五零二错误",
        "404 Not Found|四零四 Not Found",
        "返回404个结果|返回四百零四个结果",
        "共404人|共四百零四人",
        "考了404分|考了四百零四分",
    })
    void httpStatus(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Office 365订阅|Office 三六五订阅",
        "Xbox 360|Xbox 三六零",
        "Boeing 747|Boeing 七四七",
        "Top 100|Top 一百",
        "Day 100|Day 一百",
        "Hello World 365 days|Hello World 三百六十五 days",
        "iPhone 15|iPhone 十五",
        "Office 365个|Office 三百六十五个",
    })
    void productNumberAfterCapitalisedWord(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "i7-13700K处理器|i七幺三七零零K处理器",
        "R7-7840HS|R七七八四零HS",
        "3-5个|三到五个",
    })
    void processorModels(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "5.1放假|五一放假",
        "10.1国庆|十一国庆",
        "10.1放假7天|十一放假七天",
        "5.1元|五点一元",
    })
    void holidayDates(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "生抽2汤匙|生抽两汤匙",
        "盐2茶匙|盐两茶匙",
        "蒜2瓣|蒜两瓣",
    })
    void recipeMeasureWords(String written, String spoken) {
        assertEquals(spoken, tn.normalize(written));
    }
}
