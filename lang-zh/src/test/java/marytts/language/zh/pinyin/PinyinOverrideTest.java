package marytts.language.zh.pinyin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinyinOverrideTest {

  @Test
  void parsesToneDigitsOneSyllablePerHanCharacter() {
    assertEquals(List.of("chong2", "xin1"), PinyinOverride.parse("chong2 xin1", "重新"));
  }

  @Test
  void acceptsToneMarksUmlautVAndUppercase() {
    assertEquals(List.of("chong2", "xin1"), PinyinOverride.parse("chóng  xīn", "重新"));
    assertEquals(List.of("lv4", "nv3", "lve4"), PinyinOverride.parse("lǜ NV3 lu:e4", "绿女略"));
  }

  @Test
  void writesMissingOrZeroToneAsNeutral() {
    assertEquals(List.of("peng2", "you5"), PinyinOverride.parse("peng2 you", "朋友"));
    assertEquals(List.of("ma1", "ma5"), PinyinOverride.parse("ma1 ma0", "妈妈"));
  }

  @Test
  void ignoresWhitespaceInsideTheText() {
    assertEquals(List.of("chong2", "xin1"), PinyinOverride.parse("chong2 xin1", " 重 新 "));
  }

  @Test
  void acceptsErhuaSuffix() {
    assertEquals(List.of("wan2", "r5"), PinyinOverride.parse("wan2 r5", "玩儿"));
  }

  @Test
  void rejectsSyllableCountMismatchNamingBothCounts() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PinyinOverride.parse("chong2", "重新"));
    assertTrue(e.getMessage().contains("1 syllable") && e.getMessage().contains("2 Han"),
        e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"chong7 xin1", "zho2ng xin1", "qqq2 xin1", "chǒng2 xin1", "chóng xīn1x",
      "'' xin1", "chong2 x1n1"})
  void rejectsInvalidSyllablesNamingThem(String ph) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PinyinOverride.parse(ph, "重新"));
    assertTrue(e.getMessage().startsWith("pinyin override:"), e.getMessage());
  }

  @Test
  void rejectsNonHanTextAndEmptyInput() {
    assertThrows(IllegalArgumentException.class, () -> PinyinOverride.parse("a1", "A"));
    assertThrows(IllegalArgumentException.class, () -> PinyinOverride.parse("", "重"));
    assertThrows(IllegalArgumentException.class, () -> PinyinOverride.parse("chong2", ""));
    assertThrows(IllegalArgumentException.class, () -> PinyinOverride.parse(null, "重"));
  }

  @Test
  void overrideSyllablesCarryPhonesAndGivenTones() {
    List<Syllable> s = new MandarinPronouncer().overrideSyllables("重新", "chong2 xin1");
    assertEquals(2, s.size());
    assertEquals("chong2", s.get(0).surface());
    assertEquals(List.of("ch", "ong"), s.get(0).phones());
    assertEquals(1, s.get(1).tone());
    List<Syllable> er = new MandarinPronouncer().overrideSyllables("玩儿", "wan2 r5");
    assertEquals(1, er.size());
    assertTrue(er.get(0).erhua());
    assertEquals("玩儿", er.get(0).text());
  }
}
