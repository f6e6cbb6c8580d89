package marytts.language.zh.pinyin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PinyinSyllablesTest {

  @Test
  void convertsToneMarksToDigits() {
    assertEquals("lv4", PinyinSyllables.fromMarks("lǜ"));
    assertEquals("nv3", PinyinSyllables.fromMarks("nǚ"));
    assertEquals("ma5", PinyinSyllables.fromMarks("ma"));
    assertEquals("zhong1", PinyinSyllables.fromMarks("zhōng"));
    assertEquals("lve4", PinyinSyllables.fromMarks("lu:e4"));
  }

  @Test
  void readsAndReplacesTones() {
    assertEquals(3, PinyinSyllables.tone("hao3"));
    assertEquals(5, PinyinSyllables.tone("de"));
    assertEquals("hao2", PinyinSyllables.withTone("hao3", 2));
  }

  @Test
  void recognisesHanCharacters() {
    assertTrue(PinyinSyllables.isHan('中'));
    assertTrue(PinyinSyllables.isHan('〇'));
    assertTrue(PinyinSyllables.isHan(0x20000));
    assertFalse(PinyinSyllables.isHan('，'));
    assertFalse(PinyinSyllables.isHan('A'));
  }
}
