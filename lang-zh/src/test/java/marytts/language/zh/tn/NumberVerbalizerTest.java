package marytts.language.zh.tn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberVerbalizerTest {

    private final NumberVerbalizer nv = new NumberVerbalizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0, 零",
        "7, 七",
        "10, 十",
        "15, 十五",
        "40, 四十",
        "105, 一百零五",
        "230, 两百三十",
        "3004, 三千零四",
        "3040, 三千零四十",
        "60006, 六万零六",
        "60060, 六万零六十",
        "160000, 十六万",
        "8050300, 八百零五万零三百",
        "100000001, 一亿零一",
        "300000000, 三亿",
        "1200000000000, 一万二千亿",
        "1000000000000, 一万亿",
        "2000, 两千",
        "22000, 两万二千",
    })
    void readsCardinalsWithWanYiGroupingAndZeroPlacement(String digits, String spoken) {
        assertEquals(spoken, nv.cardinal(digits));
    }

    @Test
    void readsLongNumbersDigitByDigit() {
        assertEquals("九八七六五四三二一零九八七六五四三", nv.cardinal("98765432109876543"));
    }

    @Test
    void readsLeadingZeroIntegersDigitByDigit() {
        assertEquals("零零九", nv.cardinal("009"));
    }

    @Test
    void readsLoneTwoAsLiangOnlyAsQuantity() {
        assertEquals("二", nv.cardinal("2"));
        assertEquals("两", nv.quantity("2"));
        assertEquals("十二", nv.quantity("12"));
    }

    @Test
    void ordinalsNeverUseLiang() {
        assertEquals("二百", nv.ordinal("200"));
    }

    @Test
    void readsDecimalsDigitByDigitAfterThePoint() {
        assertEquals("三点一四一", nv.decimal("3", "141"));
        assertEquals("零点零七", nv.number("0.07"));
        assertEquals("负六点二", nv.number("-6.2"));
    }

    @Test
    void readsPhoneDigitsWithYao() {
        assertEquals("幺八六", nv.digits("186", true));
        assertEquals("一八六", nv.digits("186"));
    }
}
