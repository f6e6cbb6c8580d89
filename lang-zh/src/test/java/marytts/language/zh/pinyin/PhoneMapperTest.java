package marytts.language.zh.pinyin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneMapperTest {

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "yi1|-|i", "wu3|-|u", "yu2|-|v", "you3|-|iou", "liu2|l|iou", "wei4|-|uei", "gui4|g|uei",
      "wen2|-|uen", "lun4|l|uen", "yun2|-|vn", "jun1|j|vn", "zi3|z|ii", "ci2|c|ii", "si1|s|ii",
      "zhi1|zh|iii", "chi1|ch|iii", "shi4|sh|iii", "ri4|r|iii", "yue4|-|ve", "jue2|j|ve",
      "yuan2|-|van", "juan3|j|van", "ju4|j|v", "qu4|q|v", "xu1|x|v", "lv4|l|v", "nve4|n|ve",
      "lve4|l|ve", "er2|-|er", "a1|-|a", "ang2|-|ang", "zhuang4|zh|uang", "xiong2|x|iong",
      "weng1|-|ueng", "ye3|-|ie", "yan4|-|ian", "ying1|-|ing", "yong3|-|iong"})
  void spellsFinalsInUnderlyingForm(String syllable, String initial, String fin) {
    assertArrayEquals(new String[] {initial == null ? "" : initial, fin},
        PhoneMapper.split(syllable));
  }

  @ParameterizedTest
  @CsvSource({"xyz1", "bx3", "1"})
  void rejectsNonPinyin(String bad) {
    assertThrows(IllegalArgumentException.class, () -> PhoneMapper.split(bad));
  }
}
