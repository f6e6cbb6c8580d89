package marytts.language.zh.pinyin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDictionaryTest {

  @Test
  void readsEntriesCommentsAndToneMarks() {
    UserDictionary d = UserDictionary.parse(
        "# my words\n\n重庆\tchóng qìng\n银行\tyin2 hang2  # bank\n", "u.txt");
    assertEquals(2, d.size());
    assertArrayEquals(new String[] {"chong2", "qing4"}, d.reading("重庆"));
    assertArrayEquals(new String[] {"yin2", "hang2"}, d.reading("银行"));
    assertTrue(d.problems().isEmpty());
  }

  @Test
  void reportsMalformedLinesWithFileAndLineAndSkipsThem() {
    UserDictionary d = UserDictionary.parse(
        "好\thao3\n重新 chong2 xin1\n重新\tchong2\n长大\tzhang3 da9\nABC\ta1 b1 c1\n乐\tle4\n",
        "userdict-zh_CN.txt");
    assertEquals(2, d.size());
    assertEquals(4, d.problems().size(), d.problems().toString());
    assertTrue(d.problems().get(0).startsWith("userdict-zh_CN.txt:2: "), d.problems().get(0));
    assertTrue(d.problems().get(1).startsWith("userdict-zh_CN.txt:3: "), d.problems().get(1));
    assertTrue(d.problems().get(2).startsWith("userdict-zh_CN.txt:4: "), d.problems().get(2));
    assertTrue(d.problems().get(3).startsWith("userdict-zh_CN.txt:5: "), d.problems().get(3));
    assertNull(d.reading("重新"));
  }

  @Test
  void loadsTheFileNamedByTheSystemPropertyAndFindsMaryBaseDefault(@TempDir Path dir)
      throws Exception {
    Path f = dir.resolve("mine.txt");
    Files.writeString(f, "行长\thang2 zhang3\n", StandardCharsets.UTF_8);
    String old = System.getProperty(UserDictionary.PROPERTY);
    String oldBase = System.getProperty("mary.base");
    try {
      System.setProperty(UserDictionary.PROPERTY, f.toString());
      assertEquals(f, UserDictionary.configuredPath());
      assertArrayEquals(new String[] {"hang2", "zhang3"},
          UserDictionary.loadConfigured().reading("行长"));
      System.clearProperty(UserDictionary.PROPERTY);
      System.setProperty("mary.base", dir.toString());
      assertEquals(dir.resolve("user-dictionaries/userdict-zh_CN.txt"),
          UserDictionary.configuredPath());
      assertTrue(UserDictionary.loadConfigured().isEmpty()); // absent default file: empty
    } finally {
      restore(UserDictionary.PROPERTY, old);
      restore("mary.base", oldBase);
    }
  }

  @Test
  void missingExplicitFileIsReportedNotFatal(@TempDir Path dir) {
    String old = System.getProperty(UserDictionary.PROPERTY);
    try {
      System.setProperty(UserDictionary.PROPERTY, dir.resolve("nope.txt").toString());
      UserDictionary d = UserDictionary.loadConfigured();
      assertTrue(d.isEmpty());
      assertEquals(1, d.problems().size());
    } finally {
      restore(UserDictionary.PROPERTY, old);
    }
  }

  @Test
  void userWordsOverrideLexiconAndModelAndStayWhole() {
    UserDictionary d = UserDictionary.parse("重庆\tzhong4 qing4\n长行\tzhang3 xing2\n", "t");
    MandarinPronouncer p = new MandarinPronouncer(d);
    assertEquals("zhong4 qing4 shi4", String.join(" ", p.lexicalPinyin("重庆市")));
    assertEquals("ta1 zai4 zhang3 xing2 li3", String.join(" ", p.lexicalPinyin("他在长行里")));
    boolean whole = p.pronounce("他在长行里").stream().anyMatch(w -> w.text().equals("长行"));
    assertTrue(whole, p.pronounce("他在长行里").toString());
  }

  @Test
  void userReadingIsKeptOnTheSurfaceExceptThirdToneSandhi() {
    UserDictionary d = UserDictionary.parse("朋友\tpeng2 you3\n老虎\tlao3 hu3\n", "t");
    MandarinPronouncer p = new MandarinPronouncer(d);
    assertEquals("peng2 you3", String.join(" ", p.surfacePinyin("朋友")));
    assertEquals("lao2 hu3", String.join(" ", p.surfacePinyin("老虎")));
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
