package marytts.language.zh.pinyin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MandarinPronouncerTest {

  private static final MandarinPronouncer P = new MandarinPronouncer();

  private static String lexical(String s) {
    return String.join(" ", P.lexicalPinyin(s));
  }

  private static String surface(String s) {
    return String.join(" ", P.surfacePinyin(s));
  }

  @Test
  void givesOneTokenPerNonWhitespaceCodePoint() {
    String line = "我 爱 MaryTTS 2.0，𠀀好！";
    long n = line.codePoints().filter(cp -> !Character.isWhitespace(cp)).count();
    assertEquals(n, P.lexicalPinyin(line).size());
    assertEquals(n, P.surfacePinyin(line).size());
    List<String> t = P.lexicalPinyin("ok，好");
    assertEquals(List.of("o", "k", "，", "hao3"), t);
  }

  @Test
  void handlesEmptyAndBlankLines() {
    assertTrue(P.lexicalPinyin("").isEmpty());
    assertTrue(P.surfacePinyin("   ").isEmpty());
    assertEquals("", P.phonemes(""));
  }

  @Test
  void writesUmlautAsV() {
    assertEquals("lv4 se4", lexical("绿色"));
    assertEquals("nv3 er2", lexical("女儿"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "银行|yin2 hang2",
      "他在路上行走|ta1 zai4 lu4 shang4 xing2 zou3",
      "重庆|chong2 qing4",
      "这很重要|zhe4 hen3 zhong4 yao4",
      "孩子长大了|hai2 zi5 zhang3 da4 le5",
      "长度|chang2 du4",
      "还是|hai2 shi4",
      "我要还钱|wo3 yao4 huan2 qian2",
      "音乐|yin1 yue4",
      "快乐|kuai4 le4",
      "觉得|jue2 de5",
      "睡觉|shui4 jiao4"})
  void disambiguatesPolyphonesByWordAndContext(String text, String expected) {
    assertEquals(expected, lexical(text));
  }

  /** 北, 共, 红 have no training rows: the neural model's reading priors must not decide them. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "北花市大街|bei3 hua1 shi4 da4 jie1",
      "大楼共三十七层|da4 lou2 gong4 san1 shi2 qi1 ceng2",
      "他一生共导演过五十部电影|ta1 yi1 sheng1 gong4 dao3 yan3 guo4 wu3 shi2 bu4 dian4 ying3",
      "红墙|hong2 qiang2",
      "悬挂於大殿|xuan2 gua4 yu2 da4 dian4",
      "这个菜很好吃|zhe4 ge4 cai4 hen3 hao3 chi1",
      "这是一件好事|zhe4 shi4 yi1 jian4 hao3 shi4"})
  void charactersWithoutTrainingRowsFollowTheLexicon(String text, String expected) {
    assertEquals(expected, lexical(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "一个|yi2 ge4",
      "一样|yi2 yang4",
      "一天|yi4 tian1",
      "一年|yi4 nian2",
      "一起|yi4 qi3",
      "第一|di4 yi1",
      "十一|shi2 yi1",
      "一一|yi1 yi1",
      "统一|tong3 yi1",
      "一|yi1",
      "看一看|kan4 yi5 kan4",
      "一是经济|yi1 shi4 jing1 ji4",
      "一而再|yi1 er2 zai4",
      "万一|wan4 yi1",
      "一九八一年|yi1 jiu3 ba1 yi1 nian2",
      "第一次|di4 yi1 ci4",
      "一百|yi4 bai3",
      "一月|yi1 yue4",
      "北京一中|bei3 jing1 yi1 zhong1",
      "我在上海一天|wo3 zai4 shang4 hai3 yi4 tian1",
      "山一重水一重|shan1 yi4 chong2 shui3 yi4 chong2",
      "五月一号|wu3 yue4 yi1 hao4",
      "一路公交|yi1 lu4 gong1 jiao1",
      "一路顺风|yi2 lu4 shun4 feng1",
      "一千一百一十一|yi4 qian1 yi1 bai3 yi1 shi2 yi1",
      "一会儿|yi2 hui4 er5",
      "一丝不苟|yi4 si1 bu4 gou3"})
  void appliesYiSandhi(String text, String expected) {
    assertEquals(expected, surface(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "不对|bu2 dui4",
      "不要|bu2 yao4",
      "不是|bu2 shi4",
      "不好|bu4 hao3",
      "不来|bu4 lai2",
      "对不起|dui4 bu5 qi3",
      "好不好|hao3 bu5 hao3",
      "不|bu4",
      "他说不！|ta1 shuo1 bu4 ！",
      "不会|bu2 hui4",
      "不一定|bu4 yi2 ding4"})
  void appliesBuSandhi(String text, String expected) {
    assertEquals(expected, surface(text));
  }

  @Test
  void repeatsPreviousSyllableForIterationMark() {
    assertEquals("tian1 tian1 xiang4 shang4", surface("天々向上"));
    assertEquals("tong2", lexical("々"));
  }

  @Test
  void readsClauseInitialLeAsLiao() {
    assertEquals("liao3 ba5", lexical("了吧"));
    assertEquals("hao3 le5", lexical("好了"));
  }

  @Test
  void readsClassifiersAfterNumerals() {
    assertEquals("yi1 chong2 shan1 shui3", lexical("一重山水"));
    assertEquals("yi1 dou3 mi3", lexical("一斗米"));
  }

  @Test
  void keepsLexicalToneOfYiAndBu() {
    assertEquals("yi1 ge4", lexical("一个"));
    assertEquals("bu4 dui4", lexical("不对"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "你好|ni2 hao3",
      "老鼠|lao2 shu3",
      "展览馆|zhan2 lan2 guan3",
      "小老虎|xiao3 lao2 hu3",
      "保管好|bao2 guan2 hao3",
      "九九九|jiu2 jiu2 jiu3",
      "我很好|wo3 hen2 hao3",
      "你这|ni3 zhe4"})
  void appliesThirdToneSandhiByProsodicWord(String text, String expected) {
    assertEquals(expected, surface(text));
  }

  @Test
  void breaksThirdToneChainsAtPunctuation() {
    assertEquals("hao3 ， hao3", surface("好，好"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "妈妈|ma1 ma5",
      "朋友|peng2 you5",
      "我们|wo3 men5",
      "看看|kan4 kan5",
      "桌子|zhuo1 zi5"})
  void neutralisesLexicalisedAndReduplicatedSyllables(String text, String expected) {
    assertEquals(expected, surface(text));
  }

  @Test
  void lexicalPinyinKeepsCitationToneOfNeutralisedSyllables() {
    assertEquals("peng2 you3", lexical("朋友"));
  }

  @Test
  void mergesErhuaSuffixIntoPrecedingSyllable() {
    assertEquals("i4 d ian3 rr", P.phonemes("一点儿"));
    assertTrue(P.phonemes("我们去玩儿吧").contains("uan2 rr"));
    assertTrue(P.phonemes("你去哪儿").contains("a3 rr"));
    Word w = P.pronounce("一点儿").get(0);
    assertEquals(2, w.syllables().size());
    assertTrue(w.syllables().get(1).erhua());
    assertEquals(List.of("d", "ian", "rr"), w.syllables().get(1).phones());
  }

  @ParameterizedTest
  @CsvSource({"女儿", "儿子", "儿童", "婴儿"})
  void keepsErAsSyllableInLexicalWords(String word) {
    String ph = P.phonemes(word);
    assertFalse(ph.contains("rr"), ph);
    assertTrue(ph.contains("er2"), ph);
  }
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "没事儿|mei2 shi4 er5",
      "画儿|hua4 er5",
      "小猫儿|xiao3 mao1 er5",
      "慢慢儿走|man4 man4 er5 zou3",
      "这事儿|zhe4 shi4 er5",
      "他是个孤儿|ta1 shi4 ge4 gu1 er2",
      "孙晟抛弃了他的妻儿|sun1 sheng4 pao1 qi4 le5 ta1 de5 qi1 er2",
      "他是个流浪儿|ta1 shi4 ge4 liu2 lang4 er2",
  })
  void readsErAsSuffixAfterCommonErhuaHostsElseAsSyllable(String text, String expected) {
    assertEquals(expected, surface(text));
  }


  @Test
  void separatesWordsWithBarsAndPassesNonHanThrough() {
    assertEquals("n i2 h ao3 | sh iii4 j ie4", P.phonemes("你好世界"));
    String mixed = P.phonemes("我爱 TTS");
    assertTrue(mixed.endsWith("| TTS"), mixed);
  }

  @Test
  void pronounceReportsWordsSyllablesAndTones() {
    List<Word> words = P.pronounce("银行卡");
    assertTrue(words.stream().allMatch(Word::han));
    Syllable hang = words.get(0).syllables().get(1);
    assertEquals("hang2", hang.surface());
    assertEquals(2, hang.tone());
    assertEquals(List.of("h", "ang"), hang.phones());
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    String text = "重庆的银行很重要，我们一起去看看。";
    String expected = P.phonemes(text);
    Thread[] ts = new Thread[4];
    String[] got = new String[ts.length];
    for (int k = 0; k < ts.length; k++) {
      int idx = k;
      ts[k] = new Thread(() -> {
        for (int r = 0; r < 20; r++) {
          got[idx] = new MandarinPronouncer().phonemes(text);
        }
      });
      ts[k].start();
    }
    for (Thread t : ts) {
      t.join();
    }
    for (String g : got) {
      assertEquals(expected, g);
    }
  }
}
