package marytts.language.zh.pinyin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings the grammatical context fixes (see {@link ContextRules}), checked on the whole
 * pronouncer: lexical pinyin of the character at {@code index}.
 */
class ContextRulesTest {

  private static final MandarinPronouncer P = new MandarinPronouncer();

  private static String at(String text, int index) {
    return P.lexicalPinyin(text).get(index);
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      // potential complement V不了, clause-initial 了
      "吃不了|2|liao3",
      "这个问题解决不了|7|liao3",
      "我受不了了|4|le5",
      "了解情况|0|liao3",
      // particle, also where a lexicon word spans it (了事, 了结) or HanLP glued it (证明了)
      "我们检查了事件的顺序|4|le5",
      "我们都看到了结果|5|le5",
      "这证明了从描述性到解释性的转变|3|le5",
      "还是不了|3|le5",
      "他的心愿未了|5|liao3",
  })
  void le(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      "我得走了|1|dei3",
      "你还得努力|2|dei3",
      "这得花多少钱|1|dei3",
      "明天我得上班|3|dei3",
      "他得了第一名|1|de2",
      "他得第一名|1|de2",
      "他跑得很快|2|de5",
      "他喝得酩酊大醉|2|de5",
      "将采得的矿石出售|2|de2",
      "觉得|1|de5",
      "得到|0|de2",
  })
  void de(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      "他认真地写作业|3|de5",
      "慢慢地走|2|de5",
      "他一步一步地走|5|de5",
      "渐渐地，天黑了|2|de5",
      "一句一句地|4|de5",
      "扫扫地|2|di4",
      "她不停地哭|3|de5",
      "这块地很大|2|di4",
      "他们地里的庄稼|2|di4",
      "地球|0|di4",
      "土地|1|di4",
  })
  void di(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      "他还发明了乐器|1|hai2",
      "朗道还发展了连续相变理论|2|hai2",
      "你还记得吗|1|hai2",
      "他还了我十块钱|1|huan2",
      "你什么时候还|5|huan2",
      "这本书我还没还|6|huan2",
      "他继续还原则得到结果|3|huan2",
      "这还了得|1|hai2",
      "还是你好|0|hai2",
  })
  void hai(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      "一行人|1|xing2",
      "我们一行五人|3|xing2",
      "他们一行|3|xing2",
      "这一行字|2|hang2",
      "第一行|2|hang2",
      "他着了凉|1|zhao2",
      "他看着我笑|2|zhe5",
      "住了两宿|3|xiu3",
      "二十八宿|3|xiu4",
      "他只吃了一点|1|zhi3",
      "这只狗很可爱|1|zhi1",
      "这只是一封信|1|zhi3",
      "一只站在驴身上的猫|1|zhi1",
      "这是两个项目的冠军|6|de5",
      "所有这类的集合都满足以下性质|7|dou1",
      "三天都没有驮完|2|dou1",
      "夸吕建都于伏俟城|3|du1",
      "他为右厢都指挥使|4|du1",
      "他长着一张圆脸|1|zhang3",
      "这条路还长着呢|4|chang2",
      "他干得不错|1|gan4",
      "被毁灭搞得晕头转向|4|de5",
      "雷达站测得气旋风速|4|de2",
      "他长得很高|1|zhang3",
      "这个问题太难了|5|nan2",
      "这个箱子很重|5|zhong4",
      "衣服很干|3|gan1",
      "房间很空|3|kong1",
      "我们要好好干|5|gan4",
      "你会干什么|2|gan4",
      "他累得满头大汗|6|han4",
      "一杯一杯地喝|4|de5",
      "拥立答里巴为大汗|7|han2",
      "他教我们汉语|1|jiao1",
      "教育|0|jiao4",
      "你什么时候还我钱|5|huan2",
      "你得多穿点儿衣服|1|dei3",
      "他每天都很忙|3|dou1",
      "你数一数|1|shu3",
      "数不清|0|shu3",
      "为数不多|1|shu4",
      "这种花很香|1|zhong3",
      "我们种了一棵树|2|zhong4",
      "整幢建筑有种下大上小的感觉|5|zhong3",
      "我们为你感到骄傲|2|wei4",
      "她被选为他们的代表|3|wei2",
      "他们盛了两碗饭|2|cheng2",
      "泉水盛水期|2|sheng4",
      "姓曾|1|zeng1",
      "他姓单|2|shan4",
      "曾经|0|ceng2",
  })
  void groupsClassifiersAndSurnames(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      // 为 "for" before its object and a verb; "as, be" after a verb, with 以/视, before 所
      "他为人民服务|1|wei4",
      "我们要为人民服务|3|wei4",
      "为国家做贡献|0|wei4",
      "我们为祖国争光|2|wei4",
      "他为这件事操心|1|wei4",
      "以人民为中心|3|wei2",
      "为人所知|0|wei2",
      "此为上策|1|wei2",
      "他为人很好|1|wei2",
      "称他为老师|2|wei2",
      "一分为二|2|wei2",
      "极分拟小蛭为舌蛭科拟小蛭属的动物|5|wei2",
      // 呀 particle/interjection, 天哪
      "你好呀|2|ya5",
      "快来呀！|2|ya5",
      "你好呀好久不见|2|ya5",
      "呀，下雪了|0|ya1",
      "天哪！|1|na5",
      "你在哪|2|na3",
      // 倒 the adverb, 和 kneading, 觉 sleep
      "他倒是很聪明|1|dao4",
      "你倒是说句话呀|1|dao4",
      "他倒也不错|1|dao4",
      "倒不如回家|0|dao4",
      "树倒了|1|dao3",
      "妈妈在厨房和面|5|huo2",
      "我和你一起去|1|he2",
      "我睡不着觉|4|jiao4",
      "睡了一觉|3|jiao4",
      "我觉得很好|1|jue2",
      "他的尾巴很长|5|chang2",
      "这条路太长了|4|chang2",
  })
  void weYaDaoHuoJiao(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      // 还 of a disposal construction, also where HanLP made a name of 钱还
      "他还是把钱还了|5|huan2",
      "他把钱还了回去|3|huan2",
      "骨灰撒在湖中|2|sa3",
      "他撒谎了|1|sa1",
      "这条路是去年铺通的|6|pu1",
      "把卵粘在石头上|2|zhan1",
      "校徽缝于左胸|2|feng2",
      "累迁刑部侍郎|0|lei3",
      "士兵又累又饿|3|lei4",
      "冰晶可以形成冰晕|7|yun4",
      "他突然晕倒了|3|yun1",
      "部队出城迎降|5|xiang2",
      "最早应追溯至明代|2|ying1",
      "守军奔济南|2|ben4",
      "它将作品分解|1|jiang1",
      "委员会将于明年成立|3|jiang1",
      "他挨了打|1|ai2",
      "乐评人赞扬了专辑|0|yue4",
      "所藏佛像很多|1|cang2",
      "西藏的藏族人|3|zang4",
      "美藉英国人|1|ji2",
      "诗集共3卷|4|juan4",
      "大喝一声|1|he4",
      "没法提啦|3|la5",
      "啊，那几乎是一起风流韵事|0|a4",
      "全长79英哩|5|li3",
      "百度贴吧全面启用|3|ba1",
      "推下操纵杆|4|gan3",
      "两旁设有栏杆|5|gan1",
      "他住在123弄|6|long4",
      "他写了李白传》|5|zhuan4",
      "该县划归铜陵市|2|hua4",
      "出现咽痛|2|yan1",
      "捋起袖子|0|luo1",
      "把我搞蒙了|3|meng1",
      "万俟丑奴|1|qi2",
      "皇后穿翟衣|3|di2",
      "预见性地警告|3|de5",
      "盛米饭和汤|0|cheng2",
      "机车的粘着性能|3|nian2",
      "墙上的石缝很深|4|feng4",
      "他划船过河|1|hua2",
      "开始痛哭哽咽起来|5|ye4",
      "大口吞咽食物|3|yan4",
      "英国首相卡梅伦|3|xiang4",
      "乃是藉着耶稣|2|jie4",
  })
  void complementsAndBoundForms(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  /** Fourth round, from everyday probes (dialogue, instructions, news, school texts). */
  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      // complement 得 after an adjective, before an unknown degree phrase, in 问得好, after 长
      "他恶心得想吐|3|de5",
      "空调开得太冷了|3|de5",
      "这个问题问得好|5|de5",
      "他长得比我高|2|de5",
      "商品数量有限，先到先得|10|de2",
      // adverbial 地 after a two-character noun or reduplication glued by the segmenter
      "小明生气地跑开了|4|de5",
      "我们关切地看着他|4|de5",
      "我们一步一步地往前走|6|de5",
      "风车在不停地转|5|de5",
      "这片土地上|3|di4",
      // 中 hit/win, 为 for after the copula, 有多重, 数数
      "他射中了目的|2|zhong4",
      "他中了彩票大奖|1|zhong4",
      "东西掉进水中了|5|zhong1",
      "这是为你准备的|2|wei4",
      "一石米有多重|5|zhong4",
      "多重因素|1|chong2",
      "你数数这里有几本书|1|shu3",
      "你数数这里有几本书|2|shu3",
      // verbs read by their complement
      "请系好安全带|1|ji4",
      "他是中文系的学生|4|xi4",
      "瓶口被塞住了|3|sai1",
      "边塞的风景很美|1|sai4",
      "请量一下体温|1|liang2",
      "这个箱子的重量是多少|6|liang4",
      "请你调一下音量|2|tiao2",
      "他被调到北京工作|2|diao4",
      "我请了三天假|5|jia4",
      "这是假的|2|jia3",
      "他被炸弹炸伤了|4|zha4",
      "妈妈在炸鸡腿|3|zha2",
      "我把钥匙落在家里了|4|la4",
      "树叶落在地上|2|luo4",
      "你咋不说话|1|za3",
      "这个问题不好处理|6|chu3",
      "这个人说话很冲|6|chong4",
      "他把作业落在家里了|4|la4",
      // 着急 split by its object, 把面和好, bearing fruit, tying hair, a red face, vomiting
      "你着什么急呀|1|zhao2",
      "他跑着什么也不管|2|zhe5",
      "他把面和好了|3|huo2",
      "我和他是同学|1|he2",
      "树上结了很多果子|2|jie1",
      "这个结论是正确的|2|jie2",
      "她扎了两个小辫子|1|za1",
      "他用针扎了一下手指|3|zha1",
      "他的脸涨得通红|3|zhang4",
      "河水涨了|2|zhang3",
      "他恶心得想吐|5|tu4",
      "别随地吐痰|3|tu3",
      // second batch: 好 before a noun, 都 glued into a name, 咋回事, 得 after a state, 塞, 调成,
      // 干过/干了N年, 长两岁, 数了数, 绕着…转, 打着了
      "他是个好学生|3|hao3",
      "大家都会来的|2|dou1",
      "咋回事|0|za3",
      "他冷得睡不着|2|de5",
      "他吓得脸都白了|2|de5",
      "他往包里塞了很多东西|4|sai1",
      "请大家把手机调成静音|6|tiao2",
      "他没干过这种事|2|gan4",
      "他在这一行干了二十年|5|gan4",
      "衣服已经干了|4|gan1",
      "他比我长两岁|3|zhang3",
      "他数了数口袋里的钱|3|shu3",
      "地球绕着太阳转|6|zhuan4",
      "向左转|2|zhuan3",
      "这一拳打着了|4|zhao2",
      // third batch: 兴奋/v 地, 长三/j 岁, 量了量, 转了一圈, 落在了学校; not 将|领地, 为…所, 分娩量
      "他兴奋地跳了起来|3|de5",
      "他把领地传给了儿子|3|di4",
      "我姐姐比我长三岁|5|zhang3",
      "他量了量桌子的长度|3|liang2",
      "他转了一圈|1|zhuan4",
      "他把作业本落在了学校|5|la4",
      "这些钱都是为自己所挣|5|wei2",
      "这家医院的年分娩量过万|8|liang4",
      // minority readings the model never learned, from pinyin-pro words; 冲着 facing
      "这款洗发水很好用|3|fa4",
      "她去染发了|3|fa4",
      "我们出发吧|3|fa1",
      "他不禁笑了起来|2|jin1",
      "这里禁止吸烟|2|jin4",
      "伤口需要包扎|5|za1",
      "他挣扎着站起来|2|zha2",
      "他做事很踏实|4|ta1",
      "她冲着我笑|1|chong4",
      "他冲进了房间|1|chong1",
  })
  void everydayProbes(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      // fifth round: the fourth round's leftovers
      "我在家看孩子|3|kan1",
      "你帮我看着包|3|kan1",
      "她看着孩子笑了|1|kan4",
      "周末我回老家看孩子|6|kan4",
      "他把手表当了|4|dang4",
      "他把祖传的玉当了换钱|6|dang4",
      "他把我当朋友|3|dang4",
      "朝阳升起来了|0|zhao1",
      "早上的朝阳很美|3|zhao1",
      "他住在朝阳区|3|chao2",
      "两个数的差是多少|4|cha1",
      "他的成绩很差|5|cha4",
      "打麻将他又和了|5|hu2",
      "我和了一把大牌|1|hu2",
      "这个座位空着|4|kong4",
      "他空着手来了|1|kong1",
      "他晕车吐了一路|3|tu4",
      "他吐了一口气|1|tu3",
      "你去把垃圾倒了吧|5|dao4",
      "给我倒杯水|2|dao4",
      "他把水杯碰倒了|5|dao3",
      "这道题我是蒙对的|5|meng1",
      "我是蒙的|2|meng1",
      "屋里太闷了|3|men1",
      "我心里很闷|4|men4",
      "你这是作死|3|zuo1",
      "他好面子|1|hao4",
      "他不好喝酒|2|hao4",
      "这酒不好喝|3|hao3",
      "一箭正中靶心|3|zhong4",
      "他站在广场正中|6|zhong1",
      "这是正当的权利|3|dang4",
      "正当我要出门的时候|1|dang1",
      "不要强迫别人|2|qiang3",
      "这是干性皮肤|2|gan1",
      "飞机安全着地|4|zhuo2",
      "他低头看着地上的蚂蚁|4|zhe5",
      "都是为孩子存的|2|wei4",
      "这都是为孩子准备的|3|wei4",
  })
  void fifthRoundLeftovers(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      // fifth round, first blind batch
      "把面粉和水和成面团|5|huo2",
      "我和好朋友去看电影|1|he2",
      "请你数一下一共有几个人|2|shu3",
      "护士给病人量了体温|5|liang2",
      "车轮飞快地转着|5|zhuan4",
      "他转着头四处看|1|zhuan3",
      "他把箱子空出来了|4|kong4",
      "鱼刺卡在喉咙里|2|qia3",
      "他买了一张电话卡|7|ka3",
      "他露了一手|1|lou4",
      "他扇了我一耳光|1|shan1",
      "推开一扇门|3|shan4",
      "你在这里待一会儿|4|dai1",
      "他待人很热情|1|dai4",
      "他长了一脸胡子|1|zhang3",
      "这条裤子长了一点|4|chang2",
      "她的头发很长|3|fa5",
      "你差人送过去吧|1|chai1",
      "他差人一等|1|cha4",
      "他不小心折了个跟头|4|zhe1",
      "他把树枝折断了|4|zhe2",
  })
  void fifthRoundFirstBatch(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      // fifth round, second blind batch
      "她教孩子们唱歌|1|jiao1",
      "他信教多年|2|jiao4",
      "水没过了膝盖|1|mo4",
      "没过几天他就走了|0|mei2",
      "他们处得不错|2|chu3",
      "他们处得不错|3|de5",
      "难过得哭了|2|de5",
      "高兴得跳起来|1|xing4",
      "高兴得跳起来|2|de5",
      "盛一碗汤|0|cheng2",
      "炒熟后盛出|3|cheng2",
      "这个轮子转得很快|4|zhuan4",
      "你和点稀泥就算了|1|huo4",
      "他背了一个大包|1|bei1",
      "他背了一首诗|1|bei4",
      "倒一杯水给客人|0|dao4",
      "他得的是肺炎|1|de2",
      "每天量两次血压|2|liang2",
  })
  void fifthRoundSecondBatch(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      // fifth round, third blind batch
      "他把借来的自行车还回去了|8|huan2",
      "这孩子长高了不少|3|zhang3",
      "这道题得用另一种方法|3|dei3",
      "他考得不错|2|de5",
      "雨下得越来越大|2|de5",
      "为方便顾客，商场延长了营业时间|0|wei4",
      "为环口螺科的动物，分布于海南|0|wei2",
      "一只只小鸟落在树上|2|zhi1",
      "农民正在地里种麦子|6|zhong4",
      "这件衣服很称你|5|chen4",
      "这个房间空了很久|4|kong4",
      "打的去机场|1|di1",
      "他打的电话|2|de5",
      "天气很热，晒得人发晕|9|yun1",
      "这可难为我了|3|wei2",
  })
  void fifthRoundThirdBatch(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      // fifth round, fourth blind batch
      "本药应在医生指导下使用|2|ying1",
      "哎呀，我忘了|1|ya1",
      "你来呀|2|ya5",
      "倒数第二|1|shu3",
      "你别瞎干|3|gan4",
      "请在空白处写上名字|2|kong4",
      "空气很新鲜|0|kong1",
  })
  void fifthRoundFourthBatch(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      // fifth round, fifth blind batch
      "这道菜得多放点醋|3|dei3",
      "药得按时吃|1|dei3",
      "这种药得饭后吃|3|dei3",
      "孩子发烧了，得去医院|6|dei3",
      "得，我不说了|0|de2",
      "他咳嗽得睡不着|3|de5",
      "她学得很认真|2|de5",
      "把烤箱调到两百度|3|tiao2",
      "他调到北京工作了|1|diao4",
      "多吃蔬菜少吃肉|4|shao3",
      "作业本落在家里了|3|la4",
  })
  void fifthRoundFifthBatch(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      // sixth round, first blind batch
      "相关部门将依法追究其法律责任|4|jiang1",
      "隗嚣部将争相杀他|3|jiang4",
      "银行今天上调了存款利率|5|tiao2",
      "大家听了都乐得合不拢嘴|6|de5",
      "我们得坚持不懈|2|dei3",
      "你先量一量这块布有多长|10|chang2",
      "要多长时间|2|chang2",
      "他很会计算|2|hui4",
      "这个会计很认真|2|kuai4",
      "他把书包背在身上|4|bei1",
      "他一个人落在后面了|4|la4",
      "他的成绩在班上数一数二|7|shu3",
      "这里的企业屈指可数|8|shu3",
      "你帮我看着点锅|3|kan1",
  })
  void sixthRoundFirstBatch(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      // sixth round, second and third blind batches
      "这个问题有好几种解法|8|jie3",
      "这次考试他只差两分就及格了|6|cha4",
      "还差五分钟|1|cha4",
      "两个数的差|4|cha1",
      "你的鞋带散了|4|san3",
      "人都散了|2|san4",
      "孩子们在院子里玩得可开心了|8|de5",
  })
  void sixthRoundLaterBatches(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      // sixth round, fourth blind batch
      "他每个月都要还房贷|6|huan2",
      "他干这行已经十年了|1|gan4",
      "我们干这杯|2|gan1",
      "他得了一场大病|4|chang2",
      "这场雨下得真大|1|chang2",
      "一场比赛|1|chang3",
      "他们正在为明天的演出做准备|4|wei4",
      "当然个人同样也为可以建立服务器|7|wei2",
  })
  void sixthRoundFourthBatch(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      // sixth round, fifth blind batch
      "你把这些菜择一择|5|zhai2",
      "你把这些菜择一择|7|zhai2",
      "菜择好了吗|1|zhai2",
      "他选择了放弃|2|ze2",
      "这块地种的是小麦|3|zhong4",
      "风车在风中不停地转|8|zhuan4",
  })
  void sixthRoundFifthBatch(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      // seventh round, first blind batch (everyday text: shopping, cooking, weather, work, sport)
      "能调短一点吗|1|tiao2",
      "他被调长沙工作|2|diao4",
      "面和好以后要醒二十分钟|1|huo2",
      "他们俩见面和好了|5|he2",
      "汤里撒一点葱花|2|sa3",
      "他撒了一个谎|1|sa1",
      "馅不要塞得太满|3|sai1",
      "炸好的丸子特别好吃|0|zha2",
      "桥被炸断了|2|zha4",
      "狐狸眼珠一转，想出了一个主意|5|zhuan4",
      "一转眼就过去了|1|zhuan3",
      "他倒了一杯茶给客人|1|dao4",
      "房子倒了|2|dao3",
      "他正在为考试做准备|3|wei4",
      "他一记长传找到了前锋|4|chuan2",
      "我下午请了半天假|7|jia4",
      "捞出来沥干|4|gan1",
      "衣服晾干了再收|3|gan1",
      "他们埋头苦干|5|gan4",
      "降水量比往年少了很多|6|shao3",
      "阳光充足的地方适合种向日葵|9|zhong4",
      "老爷爷种的萝卜长得特别大|3|zhong4",
      "你喜欢哪种花|4|zhong3",
      "这种的价格更高|1|zhong3",
      "他开车开得太快|4|de5",
      "太阳晒得人头晕|3|de5",
      "这个政策深得人心|5|de2",
      "老板说这个方案还得再改改|8|dei3",
      "他吐了好几次，得赶紧送医院|7|dei3",
      "一条鱼也没钓着|6|zhao2",
      "他一整天都没闲着|7|zhe5",
      "各种各样的花都开了|6|dou1",
  })
  void seventhRoundFirstBatch(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }

  @ParameterizedTest(name = "{0}[{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      // seventh round, second blind batch
      "大雪把路都封住了|4|dou1",
      "星星一闪一闪地眨着眼睛|8|zhe5",
      "她含着眼泪说再见|2|zhe5",
      // seventh round, third blind batch (checks of the rules above)
      "这首歌把我唱得人都哭了|6|de5",
      "他做事向来很得人心|6|de2",
      "你别跟我撒一些没用的谎|4|sa1",
      "他想种几棵苹果树|2|zhong4",
      "我们可以种一些花草|4|zhong4",
      "他要种什么就种什么|2|zhong4",
      "他闭着眼睛听音乐|2|zhe5",
      "我没找着钥匙|3|zhao2",
      "我们一直没闲着|6|zhe5",
      "面和好了就可以包饺子了|1|huo2",
      "面和好多菜都摆上了桌|1|he2",
  })
  void seventhRoundLaterBatches(String text, int index, String want) {
    assertEquals(want, at(text, index));
  }
}
