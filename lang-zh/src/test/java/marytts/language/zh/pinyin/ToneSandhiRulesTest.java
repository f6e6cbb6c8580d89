package marytts.language.zh.pinyin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Surface tones after sandhi, through the whole pronouncer (segmentation + lexicons). */
class ToneSandhiRulesTest {

  private static final MandarinPronouncer P = new MandarinPronouncer();

  private static String surface(String s) {
    return String.join(" ", P.surfacePinyin(s));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "展览馆|zhan2 lan2 guan3",
      "小老虎|xiao3 lao2 hu3",
      "我很好|wo3 hen2 hao3",
      "你也好|ni3 ye2 hao3",
      "水果|shui2 guo3",
      "手表厂|shou2 biao2 chang3",
      "老李买好酒|lao2 li3 mai2 hao2 jiu3",
      "五百|wu2 bai3",
      "我，你|wo3 ， ni3",
      "我一点儿也不累|wo3 yi4 dian2 er5 ye3 bu2 lei4",
      "哪儿好|na2 er5 hao3",
      "请你把窗户关上|qing2 ni2 ba3 chuang1 hu5 guan1 shang4",
      "老板给我打电话|lao2 ban3 gei2 wo2 da3 dian4 hua4",
      "你给我|ni3 gei2 wo3",
  })
  void thirdToneChainsFollowProsodicWordsAndStopAtPunctuation(String text, String want) {
    assertEquals(want, surface(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "一个|yi2 ge4",
      "一样|yi2 yang4",
      "一天|yi4 tian1",
      "一年|yi4 nian2",
      "一起|yi4 qi3",
      "一万|yi2 wan4",
      "第一|di4 yi1",
      "一一|yi1 yi1",
      "十一|shi2 yi1",
      "统一|tong3 yi1",
      "看一看|kan4 yi5 kan4",
      "想一想|xiang3 yi5 xiang3",
      "一不小心|yi2 bu4 xiao3 xin1",
      "中央一台|zhong1 yang1 yi1 tai2",
      "杭州市一中|hang2 zhou1 shi4 yi1 zhong1",
      "电脑一台|dian4 nao3 yi4 tai2",
      "一号|yi1 hao4",
      "一加一等于二|yi1 jia1 yi1 deng3 yu2 er4",
      "三减一等于二|san1 jian3 yi1 deng3 yu2 er4",
      "比分一比零|bi3 fen1 yi1 bi3 ling2",
      "一到十|yi1 dao4 shi2",
      "一又二分之一|yi1 you4 er4 fen1 zhi1 yi1",
      "一高一低|yi4 gao1 yi4 di1",
      "三年级一班|san1 nian2 ji2 yi1 ban1",
      "他读高一|ta1 du2 gao1 yi1",
      "从一数到十|cong2 yi1 shu3 dao4 shi2",
      "一到家就睡觉|yi2 dao4 jia1 jiu4 shui4 jiao4",
      "再加一个|zai4 jia1 yi2 ge4",
      "一点五|yi1 dian2 wu3",
      "一点五米|yi1 dian3 wu2 mi3",
      "一点五十分|yi4 dian2 wu3 shi2 fen1",
      "一点一滴|yi4 dian3 yi4 di1",
      "他一点一点地吃完了|ta1 yi4 dian3 yi4 dian3 de5 chi1 wan2 le5",
  })
  void yiTakesItsToneFromPositionAndTheNextTone(String text, String want) {
    assertEquals(want, surface(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "不对|bu2 dui4",
      "不要|bu2 yao4",
      "不好|bu4 hao3",
      "不是|bu2 shi4",
      "我不去|wo3 bu2 qu4",
      "对不起|dui4 bu5 qi3",
      "好不好|hao3 bu5 hao3",
      "来不来|lai2 bu5 lai2",
      "差不多|cha4 bu5 duo1",
      "不一定|bu4 yi2 ding4",
      "他说不！|ta1 shuo1 bu4 ！",
      "不不不|bu4 bu4 bu4",
      "不行不行|bu4 xing2 bu4 xing2",
      "一动不动|yi2 dong4 bu2 dong4",
      "睡不着|shui4 bu4 zhao2",
      "用得着|yong4 de5 zhao2",
      "不着边际|bu4 zhuo2 bian1 ji4",
  })
  void buIsSecondBeforeFourthToneNeutralBetweenCopiesElseFourth(String text, String want) {
    assertEquals(want, surface(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "妈妈|ma1 ma5",
      "朋友|peng2 you5",
      "休息|xiu1 xi5",
      "我们|wo3 men5",
      "谢谢|xie4 xie5",
      "姐姐|jie3 jie5",
      "看看|kan4 kan5",
      "试试|shi4 shi5",
      "我们去散散步吧|wo3 men5 qu4 san4 san5 bu4 ba5",
      "聊聊天|liao2 liao5 tian1",
      "读读书|du2 du5 shu1",
      "试试看|shi4 shi5 kan4",
      "比比看|bi2 bi5 kan4",
      "问问题|wen4 wen4 ti2",
      "等等我|deng2 deng5 wo3",
      "你问问他|ni3 wen4 wen5 ta1",
      "刚刚我看见他|gang1 gang1 wo3 kan4 jian4 ta1",
      "常常见面|chang2 chang2 jian4 mian4",
  })
  void neutralTonesOfLexicalisedWordsSuffixesAndReduplicatedVerbs(String text, String want) {
    assertEquals(want, surface(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "想想|xiang2 xiang5",
      "走走|zou2 zou5",
      "我们走走吧|wo3 men5 zou2 zou5 ba5",
      "洗洗澡|xi2 xi5 zao3",
      // AA verbs HanLP does not know (tagged nz): A is mainly a verb, unlike 红红
      "跑跑|pao2 pao5",
      "练练|lian4 lian5",
      "你找找看|ni3 zhao2 zhao5 kan4",
      "红红|hong2 hong2",
      // AABB of two verbs keeps full tones, as AABB adjectives do
      "走走停停|zou2 zou3 ting2 ting2",
      "走走看看|zou2 zou3 kan4 kan4",
      // an adjective AA tagged as a verb keeps its copy's tone before 的 (暖暖手 is the verb)
      "暖暖的|nuan2 nuan3 de5",
      "暖暖手|nuan2 nuan5 shou3",
      // A|A|noun: the verb's copy before its object
      "揉揉眼睛|rou2 rou5 yan3 jing5",
      "说说笑笑|shuo1 shuo1 xiao4 xiao4",
  })
  void reduplicatedThirdToneVerbTurnsSecondBeforeItsNeutralCopy(String text, String want) {
    assertEquals(want, surface(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "漂漂亮亮|piao4 piao4 liang4 liang4",
      "干干净净|gan1 gan1 jing4 jing4",
      "高高兴兴|gao1 gao1 xing4 xing4",
      "清清楚楚|qing1 qing1 chu2 chu3",
      "妈妈爸爸|ma1 ma5 ba4 ba5",
      // two kinship words, though 弟妹 / 姐妹 are words: no AABB of them
      "弟弟妹妹|di4 di5 mei4 mei5",
      "姐姐妹妹|jie3 jie5 mei4 mei5",
      "讨论讨论|tao3 lun4 tao3 lun4",
      "研究研究|yan2 jiu1 yan2 jiu1",
      // an adverbial AA before a reduplicated verb is not AABB: 好好|学学 is not 好学 hao4 xue2
      "你好好学学|ni3 hao2 hao3 xue2 xue5",
      "你好好想想|ni3 hao2 hao3 xiang2 xiang5",
      "走走停停|zou2 zou3 ting2 ting2",
  })
  void reduplicationAabbKeepsFullTonesAndConsistentReadingsAbabRepeatsTheWord(String text,
      String want) {
    assertEquals(want, surface(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // a numeral/demonstrative + classifier keeps its third tone before a disyllabic noun, and is
      // one foot with the classifier
      "一场比赛|yi4 chang3 bi3 sai4",
      "这场比赛|zhe4 chang3 bi3 sai4",
      "两把雨伞|liang2 ba3 yu2 san3",
      "一本小说|yi4 ben3 xiao3 shuo1",
      "两把伞|liang2 ba2 san3",
      "你有几本书|ni2 you3 ji2 ben3 shu1",
      // greetings: 你好 is a unit, punctuation ends the chain
      "你好，请问洗手间在哪里？|ni2 hao3 ， qing3 wen4 xi2 shou3 jian1 zai4 na2 li3 ？",
      "你好。|ni2 hao3 。",
      "你好吗？|ni2 hao3 ma5 ？",
      "大家好，我是新来的老师。|da4 jia1 hao3 ， wo3 shi4 xin1 lai2 de5 lao3 shi1 。",
      "您好！|nin2 hao3 ！",
      "你好呀！|ni2 hao3 ya5 ！",
      // internal structure of three-syllable words: [X[YZ]] vs [[XY]Z]
      "纸老虎|zhi3 lao2 hu3",
      "展览馆|zhan2 lan2 guan3",
      "手写体|shou2 xie2 ti3",
      "展览馆里|zhan2 lan2 guan2 li3",
      // AA儿 with a first-tone copy where the lexicon writes it (好好儿), else full tones
      "好好儿学习|hao3 hao1 er5 xue2 xi2",
      "慢慢儿走|man4 man4 er5 zou3",
      "早早儿地起床|zao2 zao3 er5 de5 qi3 chuang2",
      "好好学习|hao2 hao3 xue2 xi2",
      "请你们排好队|qing2 ni3 men5 pai2 hao3 dui4",
  })
  void classifierPhrasesAndGreetings(String text, String want) {
    assertEquals(want, surface(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // everyday neutral-tone words the pinyin-pro data writes with a full tone
      "东西|dong1 xi5",
      "我买了很多东西|wo2 mai3 le5 hen3 duo1 dong1 xi5",
      "告诉我|gao4 su5 wo3",
      "名字|ming2 zi5",
      "打算|da3 suan5",
      "脑袋|nao3 dai5",
      // ... also opening a word the segmenter joined and the lexicons lack: 晚上好
      "晚上好|wan3 shang5 hao3",
      "这件事告诉他|zhe4 jian4 shi4 gao4 su5 ta1",
      // ... in their neutral sense only: 东西 as the compass pair, 地方 as "local"
      "东西两侧|dong1 xi1 liang3 ce4",
      "东西厢|dong1 xi1 xiang1",
      "东西方向|dong1 xi1 fang1 xiang4",
      "从东西两边|cong2 dong1 xi1 liang3 bian1",
      "这个地方|zhe4 ge5 di4 fang5",
      "地方政府|di4 fang1 zheng4 fu3",
      "中央和地方|zhong1 yang1 he2 di4 fang1",
  })
  void commonNeutralWordsInTheirNeutralSense(String text, String want) {
    assertEquals(want, surface(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // a four-syllable lexicon word (idiom) is two feet: [23][23]
      "岂有此理|qi2 you3 ci2 li3",
      "有板有眼|you2 ban3 you2 yan3",
      // the segmenter's 有|点儿 and 五|点 are one foot
      "有点儿冷|you2 dian2 er5 leng3",
      "五点起床|wu2 dian2 qi3 chuang2",
      "几点了|ji2 dian3 le5",
  })
  void fourSyllableWordsAreTwoFeetAndSplitFeetAreRejoined(String text, String want) {
    assertEquals(want, surface(text));
  }
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // 来/去 of a directional complement after a verb is neutral
      "站起来|zhan4 qi3 lai5",
      "走起来很快|zou2 qi3 lai5 hen3 kuai4",
      "他跳下去了|ta1 tiao4 xia4 qu5 le5",
      "看起来不错|kan4 qi3 lai5 bu2 cuo4",
      "把椅子搬起来|ba2 yi3 zi5 ban1 qi3 lai5",
      "写下来|xie3 xia4 lai5",
      "记起来|ji4 qi3 lai5",
      "孩子们跑过来了|hai2 zi5 men5 pao3 guo4 lai5 le5",
      "他把书放回去了|ta1 ba3 shu1 fang4 hui2 qu5 le5",
      // ... but not in the potential form, nor 过去 "the past", nor a directional verb alone
      "站不起来|zhan4 bu4 qi3 lai2",
      "拿得出来|na2 de5 chu1 lai2",
      "回到过去|hui2 dao4 guo4 qu4",
      // 过去 tagged time after a one-syllable verb is the complement; not before 的, nor after 想
      "走过去|zou3 guo4 qu5",
      "他晕过去了|ta1 yun1 guo4 qu5 le5",
      "已成过去的事|yi3 cheng2 guo4 qu4 de5 shi4",
      "我想过去看看|wo2 xiang3 guo4 qu4 kan4 kan5",
      "这是过去一所学校|zhe4 shi4 guo4 qu4 yi4 suo3 xue2 xiao4",
      "他上来了|ta1 shang4 lai2 le5",
      "他想要起来|ta1 xiang3 yao4 qi3 lai2",
      "把门关起来|ba3 men2 guan1 qi3 lai5",
      "天冷起来了|tian1 leng2 qi3 lai5 le5",
      "你快回来吧|ni3 kuai4 hui2 lai2 ba5",
      "出来进去|chu1 lai2 jin4 qu4",
      // the aspect particle 过 is neutral; 经过, 通过 keep guo4
      "你去过北京吗|ni3 qu4 guo5 bei3 jing1 ma5",
      "看过了|kan4 guo5 le5",
      "吃过饭|chi1 guo5 fan4",
      "他当过老师|ta1 dang1 guo5 lao3 shi1",
      "经过这里|jing1 guo4 zhe4 li3",
      "通过了|tong1 guo4 le5",
      "成功度过难关|cheng2 gong1 du4 guo4 nan2 guan1",
      "飞过大海|fei1 guo4 da4 hai3",
      "花钱过多|hua1 qian2 guo4 duo1",
      // 呀/啦/哇 ending a clause are modal particles; opening one, interjections
      "你来啦！|ni3 lai2 la5 ！",
      "咿呀|yi1 ya1",
      "忙找迷你哆啦。|mang2 zhao3 mi2 ni3 duo1 la1 。",
      "好啦|hao3 la5",
      "好哇|hao3 wa5",
      "呀，下雪了|ya1 ， xia4 xue3 le5",
      "啦啦啦|la1 la1 la1",
      // a resultative complement the segmenter joined to its verb: 讲|清楚
      "讲清楚|jiang3 qing1 chu5",
  })
  void directionalComplementsAspectGuoAndJoinedComplementsAreNeutral(String text, String want) {
    assertEquals(want, surface(text));
  }
}
