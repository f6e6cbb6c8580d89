package marytts.language.zh.tn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One test per ordering choice made in {@link ChineseTextNormalizer#defaultPatterns}. */
class PatternOrderTest {

    private final ChineseTextNormalizer tn = new ChineseTextNormalizer();

    private List<String> order() {
        return tn.patterns().stream().map(ExpansionPattern::name).collect(Collectors.toList());
    }

    private void assertBefore(String first, String second) {
        List<String> o = order();
        assertTrue(o.indexOf(first) >= 0 && o.indexOf(first) < o.indexOf(second), first + " before " + second + ": " + o);
    }

    @Test
    void letterToLetterBeatsDigitRules() {
        assertBefore("LetterToLetterEP", "CardinalEP");
        assertEquals("P to P", tn.normalize("P2P"));
    }

    @Test
    void currencyCodeBeatsLetterDigitCode() {
        assertBefore("MoneyEP", "CodeEP");
        assertEquals("三百二十美元", tn.normalize("USD320"));
    }

    @Test
    void ipAddressBeatsDateAndVersion() {
        assertBefore("IpAddressEP", "DateEP");
        assertBefore("IpAddressEP", "VersionEP");
        assertEquals("一零点零点零点八", tn.normalize("10.0.0.8"));
    }

    @Test
    void landlineBeatsDateAndRange() {
        assertBefore("PhoneEP", "DateEP");
        assertBefore("PhoneEP", "MathSymbolEP");
        assertEquals("零二零八七六五四三二幺", tn.normalize("020-87654321"));
    }

    @Test
    void dateBeatsVersionFractionAndDecimal() {
        assertBefore("DateEP", "VersionEP");
        assertBefore("DateEP", "FractionEP");
        assertBefore("DateEP", "CardinalEP");
        assertEquals("二零一二年六月九日", tn.normalize("2012.06.09"));
        assertEquals("九月三日", tn.normalize("09/03"));
        assertEquals("二零一二年六月", tn.normalize("2012.06"));
    }

    @Test
    void fractionWinsWithoutDateContext() {
        assertEquals("九分之四", tn.normalize("4/9"));
        assertEquals("截至四月九日", tn.normalize("截至4/9"));
    }

    @Test
    void scoreContextBeatsClockTime() {
        assertBefore("ScoreEP", "TimeEP");
        assertEquals("比分十比十二", tn.normalize("比分10:12"));
        assertEquals("十点十二分", tn.normalize("10:12"));
    }

    @Test
    void invalidClockTimeIsARatio() {
        assertEquals("九比八十", tn.normalize("9:80"));
    }

    @Test
    void percentAndUnitBeatFractionAndCardinal() {
        assertBefore("PercentEP", "CardinalEP");
        assertBefore("MeasureEP", "FractionEP");
        assertBefore("MeasureEP", "CardinalEP");
        assertEquals("每小时九十公里", tn.normalize("90km/h"));
        assertEquals("零下八摄氏度", tn.normalize("-8℃"));
    }

    @Test
    void yearAndOrdinalBeatCardinal() {
        assertBefore("ChineseDateEP", "CardinalEP");
        assertBefore("OrdinalEP", "CardinalEP");
        assertEquals("一九八四年", tn.normalize("1984年"));
        assertEquals("第二天", tn.normalize("第2天"));
        assertEquals("二月", tn.normalize("2月"));
    }

    @Test
    void mathSymbolsComeLastSoSignsStayWithNumbers() {
        assertEquals("MathSymbolEP", order().get(order().size() - 1));
        assertEquals("负三加七", tn.normalize("-3+7"));
        assertEquals("六减负二", tn.normalize("6--2"));
    }

    @Test
    void hyphenIsRangeUnlessArithmeticOrDescending() {
        assertEquals("三到七个", tn.normalize("3-7个"));
        assertEquals("七减三等于四", tn.normalize("7-3=4"));
    }

    @Test
    void addressesAndEventDatesBeforeNumberRules() {
        assertBefore("UrlEmailEP", "PhoneEP");
        assertBefore("UrlEmailEP", "CardinalEP");
        assertBefore("EventDateEP", "DateEP");
        assertBefore("EventDateEP", "CardinalEP");
        assertEquals("www点幺二三零六点cn", tn.normalize("www.12306.cn"));
        assertEquals("三一五晚会", tn.normalize("3.15晚会"));
    }

    @Test
    void vulgarFractionAndTemperatureRangeBeforeCardinal() {
        assertBefore("VulgarFractionEP", "CardinalEP");
        assertBefore("TemperatureRangeEP", "CardinalEP");
        assertEquals("一又二分之一", tn.normalize("1½"));
        assertEquals("零下三到五摄氏度", tn.normalize("-3~5℃"));
    }
}
