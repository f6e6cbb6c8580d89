package marytts.language.zh.pinyin;

import static marytts.language.zh.pinyin.SentenceScan.NUMERALS;
import static marytts.language.zh.pinyin.SentenceScan.PRONOUNS;
import static marytts.language.zh.pinyin.SentenceScan.afterNumeral;
import static marytts.language.zh.pinyin.SentenceScan.complementFollows;
import static marytts.language.zh.pinyin.SentenceScan.hanNear;
import static marytts.language.zh.pinyin.SentenceScan.lastChar;
import static marytts.language.zh.pinyin.SentenceScan.nextHan;
import static marytts.language.zh.pinyin.SentenceScan.oneOf;
import static marytts.language.zh.pinyin.SentenceScan.prevHan;
import static marytts.language.zh.pinyin.SentenceScan.timeSpanAt;
import static marytts.language.zh.pinyin.SentenceScan.wordText;

import java.util.Set;

/**
 * Verbs whose reading shows in the complement or object after them (see {@link ContextRules}):
 *
 * <ul>
 *   <li>撒 sa3 "scatter" before a place or direction (撒在湖中, 撒上可可粉; 撒谎 is sa1);
 *   <li>铺 pu1 "spread, lay" as a verb (铺上, 铺通; 店铺, 床铺 are pu4);
 *   <li>挨 ai2 "suffer" before 了/打/骂/饿 (挨了打, 挨打; 挨着 is ai1);
 *   <li>钉 ding4 "nail" and 粘 zhan1 "stick" before 在/上/住 (钉在门上, 把卵粘在石头上), 缝 feng2
 *       "sew" before 于/在/上 (缝于左胸; 裂缝 feng4);
 *   <li>奔 ben4 "head for" before a place (奔济南); 蒙 meng1 "dazed" as a complement (搞蒙了);
 *   <li>everyday readings found in blind probes (each with its comment below): 看孩子 kan1, 当了
 *       (pawned) dang4, 作死 zuo1, 蒙对 meng1, 卡在喉咙 qia3, 露一手 lou4, 扇风 shan1, 待在 dai1,
 *       折跟头 zhe1, 没过膝盖 mo4, 背了一个包 bei1.
 * </ul>
 */
final class VerbComplementRules {

  /** Things one measures, liang2 before them (量体温, 量了血压). */
  private static final Set<String> MEASURED = Set.of("体温", "身高", "血压", "尺寸", "体重", "腰围",
      "尺码", "距离");

  /** Things one looks after (看孩子, 看着包): kan1 before them at the end of a clause. */
  private static final Set<String> LOOKED_AFTER = Set.of("孩子", "小孩", "小孩子", "孩儿", "娃",
      "宝宝", "包", "行李", "门", "店", "摊", "摊子", "家", "孙子", "孙女", "羊", "牛", "锅");

  /** Nouns after 正当 "legitimate" (正当理由, 正当权益). */
  private static final Set<String> LEGITIMATE = Set.of("权利", "权益", "理由", "手段", "途径",
      "行为", "职业", "收入", "利益", "要求", "程序", "竞争", "方式", "渠道", "经营", "防卫", "关系");

  private VerbComplementRules() {}

  /**
   * The reading the rules of this class give token i, whose character is cp, or null (always null
   * for a character they have no rule for).
   */
  static String reading(Sentence s, int i, PinyinLexicon lex, int cp) {
    boolean single = s.wordAt(i).length() == 1;
    int next = nextHan(s, i);
    int prev = prevHan(s, i);
    switch (cp) {
      case '撒':
        // also before how much is sprinkled: 撒一点葱花, 撒些盐 (撒一个谎 is sa1)
        return single && (oneOf(next, "在上下入到满遍向于进落些")
            || Set.of("一点", "一些", "一把", "一层", "点儿").contains(s.text(i + 1, i + 3))
                && !s.text(i + 1, i + 9).contains("谎")) ? "sa3" : null;
      case '铺':
        return single && oneOf(next, "上在满开好设成通了着平") ? "pu1" : null;
      case '挨':
        return single && oneOf(next, "了打骂批揍饿冻刀枪罚训整") ? "ai2" : null;
      case '粘':
        if (single && oneOf(next, "在上住到满贴")) {
          return "zhan1";
        }
        // sticky nian2 in 粘膜, 粘土, 粘度, 粘性, 粘液, 粘稠, 粘着 (adhesion)
        return s.wordAt(i).start() == i && oneOf(next, "膜土度性液稠滞着") ? "nian2" : null;
      case '缝':
        if (single && oneOf(next, "于在上好着到入补起制合纫")) {
          return "feng2";
        }
        // the noun "crack": 石缝, 门缝, 岩缝, 墙缝
        return single && oneOf(prev, "石岩门墙裂细牙指板") ? "feng4" : null;
      case '择':
        // picking over vegetables, zhai2: 把这些菜择一择, 择菜 (选择, 择优 are ze2)
        boolean gluedZhai = s.wordAt(i).length() == 2 && lex.word(wordText(s, i)) == null; // 择一/nz
        return (single || gluedZhai) && !oneOf(prev, "选抉") && (next == '菜'
            || hanNear(s, i - 1, i - 6, "菜") && (oneOf(next, "一好完了") || next == 0))
            ? "zhai2" : null;
      case '奔':
        // also after 投/逃/直 (逃奔朗州, 直奔); 奔跑, 奔腾, 狂奔 are ben1
        return single && (s.isHan(i + 1) && s.wordAt(i + 1).tag().startsWith("ns")
            || oneOf(prev, "投逃直")) ? "ben4" : null;
      case '中':
        if (prev == '正' && s.wordAt(i).end() == i + 1 && s.isHan(i + 1)
            && (oneOf(next, "靶") || Set.of("红心", "要害", "目标", "眉心", "球门", "下怀")
                .contains(s.text(i + 1, i + 3)))) {
          return "zhong4"; // hitting: 一箭正中靶心, 正中要害 (正中 "centre" is zhong1)
        }
        // hitting or winning, zhong4: a one-character 中 before the particle 了/过 after a verb or
        // a person (射中了, 猜中了, 他中了彩票); 掉进水中了 (after a noun) is "in", zhong1
        return single && oneOf(next, "了过") && s.wordAt(i + 1).length() == 1 && prev != 0
            && (s.wordAt(i - 1).tag().startsWith("v") && s.wordAt(i - 1).length() == 1
                || PRONOUNS.contains(wordText(s, i - 1))) ? "zhong4" : null;
      case '系':
        // tying, ji4: 系好安全带, 系上鞋带, 系着围裙 (a one-character 系 before a result or a thing
        // tied; 系里, 中文系 are departments, xi4)
        return single && (oneOf(next, "好上紧牢着") || s.isHan(i + 1)
            && oneOf(lastChar(wordText(s, i + 1)), "带扣巾绳结裙")) ? "ji4" : null;
      case '塞':
        // stuffing, sai1: 塞住, 塞满, 塞进 (塞上 and 边塞, 要塞 are the frontier, sai4)
        return (single || s.wordAt(i).length() == 2 && lex.word(wordText(s, i)) == null
            && (s.wordAt(i).start() == i || s.wordAt(i).end() == i + 1)) // 塞住/nz, 里塞/nrf
            && oneOf(next, "住满进到给了入在着得") ? "sai1" : null; // 馅不要塞得/nrf 太满
      case '量':
        // measuring, liang2: 量一下, 量了, 量体温 (a one-character 量; 数量, 分量 are liang4)
        int measured = next == '了' ? i + 2 : i + 1;
        if (s.isHan(measured + 1) && NUMERALS.indexOf(s.codePoint(measured)) >= 0
            && oneOf(s.codePoint(measured + 1), "次遍下")) {
          measured += 2; // 每天量两次血压
        }
        if (single && MEASURED.contains(s.text(measured, measured + 2))) {
          return "liang2"; // 给病人量了体温, also after a noun (护士给病人量体温)
        }
        if (!single || prev != 0 && (s.wordAt(i - 1).tag().startsWith("n")
            || s.wordAt(i - 1).tag().equals("vn"))) {
          return null; // after a noun it is an amount: 分娩量过1万
        }
        return (oneOf(next, "了好完") || s.text(i - 2, i).equals("量了")
            || s.text(i + 1, i + 3).equals("一下")
            || s.text(i + 1, i + 3).equals("一量")) ? "liang2" : null;
      case '调':
        // adjusting, tiao2: 调一下, 调好, 调高/调低/调大/调小 (调到北京 is a transfer, diao4)
        boolean unknownPair = s.wordAt(i).length() == 2 && lex.word(wordText(s, i)) == null;
        if ((wordText(s, i).equals("上调") || wordText(s, i).equals("下调"))
            && s.wordAt(i).start() == i - 1 && (hanNear(s, i + 1, i + 12, "率价税息费幅额",
                "百分", "工资", "标准", "预期", "评级", "基点", "存款", "贷款")
                || hanNear(s, i - 2, i - 10, "率价税息费幅额", "工资", "标准", "评级"))) {
          return "tiao2"; // raising or lowering a figure: 银行上调了存款利率, 油价下调 (上调干部
                          // "transfer upwards" is diao4)
        }
        if (single && next == '到' && s.isHan(i + 2) && (NUMERALS.indexOf(s.codePoint(i + 2)) >= 0
            || Set.of("最大", "最小", "最高", "最低", "静音").contains(s.text(i + 2, i + 4)))) {
          return "tiao2"; // setting a value: 把烤箱调到两百度 (调到北京 is a transfer, diao4)
        }
        return (single || unknownPair && s.wordAt(i).end() == i + 1) // 请调/vn 一下
            && (oneOf(next, "好高低大小亮暗慢快成短松紧") // 能调短一点吗 (调长 only alone: 调长沙)
                || next == '长' && s.wordAt(i + 1).length() == 1 || s.text(i + 1, i + 3).equals("一下")
            || s.text(i + 1, i + 3).equals("一调")) ? "tiao2" : null;
      case '炸':
        // exploding zha4 (炸伤, 炸毁, 炸开) and frying zha2 (炸鸡腿, 炸油条, 炸薯条)
        if (s.wordAt(i).start() != i) {
          return null;
        }
        if (oneOf(next, "伤死毁开坏掉断沉平裂飞碎塌")) {
          return "zha4";
        }
        // also done frying: 炸好的丸子, 炸至金黄, 炸熟, 炸透
        return oneOf(next, "鸡鱼虾肉丸薯酱糕油串排带春馒豆茄藕好熟透至") ? "zha2" : null;
      case '落':
        // leaving something behind, la4: 把钥匙落在家里 (a thing put with 把 and left in a place;
        // 把目光落在他身上, 树叶落在地上 are luo4)
        if (!(single || wordText(s, i).equals("落在")) || next != '在') {
          return null;
        }
        String behind = s.text(i + 2, Math.min(s.size(), i + 4));
        int behindEnd = s.isHan(i + 4) && s.codePoint(i + 4) == '了' ? i + 5 : i + 4;
        if ((behind.equals("后面") || behind.equals("后头") || behind.equals("最后"))
            && !s.isHan(behindEnd)) {
          return "la4"; // falling behind: 他一个人落在后面了 (落在后面的山上 is luo4)
        }
        if (!baObjectBefore(s, i)) {
          // a thing left inside a place, the clause ending there: 作业本落在家里了 (no 把)
          int in = s.isHan(i + 2) && s.codePoint(i + 2) == '了' ? i + 3 : i + 2;
          String room = s.isHan(in) ? wordText(s, in) : "";
          int after = s.isHan(in) ? s.wordAt(in).end() : in;
          return Set.of("家里", "车里", "教室", "教室里", "办公室", "宿舍", "出租车上", "出租车")
              .contains(room) && (!s.isHan(after) || s.codePoint(after) == '了') ? "la4" : null;
        }
        int place = s.isHan(i + 2) && s.codePoint(i + 2) == '了' ? i + 3 : i + 2; // 落在了学校
        return oneOf(s.isHan(place) ? s.codePoint(place) : 0, "家车教学办宿店公出飞酒") ? "la4"
            : null;
      case '冲':
        // facing, chong4: 冲着我笑, 冲着门口喊 (冲上去, 冲进 are chong1)
        return single && next == '着' && s.wordAt(i + 1).length() == 1 ? "chong4" : null;
      case '转':
        // turning round, zhuan4, ending a clause after 绕/围/不停 (地球绕着太阳转) or before the
        // rounds it makes (转了一圈, 转两圈); 向左转 is zhuan3
        if ((single || s.wordAt(i).end() == i + 1 && lex.word(wordText(s, i)) == null)
            && next == '着' && s.wordAt(i + 1).length() == 1
            && !oneOf(nextHan(s, i + 1), "头身脸")) {
          return "zhuan4"; // spinning: 车轮飞快地转着 (also in 地转/nz); 转着头 turns, zhuan3
        }
        if (single && next == '得' && (oneOf(nextHan(s, i + 1), "快慢")
            || oneOf(nextHan(s, i + 1), "很飞真太好") && oneOf(nextHan(s, i + 2), "快慢"))) {
          return "zhuan4"; // spinning fast: 轮子转得很快 (转得很顺利, a transfer, is zhuan3)
        }
        if (single && prev == '一' && !s.isHan(i + 1) && (s.text(i - 3, i - 1).equals("眼珠")
            || s.text(i - 3, i - 1).equals("眼睛") || s.text(i - 3, i - 1).equals("珠子"))) {
          return "zhuan4"; // the eyes rolling: 狐狸眼珠一转，想出了… (一转眼 is zhuan3)
        }
        int rounds = next == '了' ? i + 2 : i + 1;
        if (single && s.isHan(rounds + 1) && NUMERALS.indexOf(s.codePoint(rounds)) >= 0
            && s.codePoint(rounds + 1) == '圈') {
          return "zhuan4";
        }
        boolean gluedDi = s.wordAt(i).length() == 2 && s.wordAt(i).end() == i + 1 && prev == '地'
            && lex.word(wordText(s, i)) == null; // 不停|地转/nz
        if (!(single || gluedDi) || s.isHan(i + 1)) {
          return null;
        }
        return hanNear(s, i - 1, i - 9, "绕围", "不停") ? "zhuan4" : null;
      case '吐':
        // vomiting, tu4, after 想/要 ending the clause (恶心得想吐); spitting out is tu3
        if (oneOf(prev, "想要") && !s.isHan(i + 1)) {
          return "tu4";
        }
        // 吐了 ending the clause or before how much or how often (他晕车吐了一路, 吐了好几次);
        // 吐了口气, 把骨头吐了 are tu3
        if (!single || next != '了' || s.wordAt(i + 1).length() != 1 || baObjectBefore(s, i)) {
          return null;
        }
        return !s.isHan(i + 2) || Set.of("一路", "一地", "一身", "一床", "一车", "好几", "几次",
            "两次", "三次", "一次", "一整").contains(s.text(i + 2, i + 4)) ? "tu4" : null;
      case '扎':
        // tying hair, za1: 扎辫子, 扎了两个小辫子, 扎头发, 扎马尾 (扎针, 扎根 are zha1)
        if (!single) {
          return null;
        }
        return hanNear(s, i + 1, i + 6, "辫", "头发", "马尾") ? "za1" : null;
      case '涨':
        // the face swelling red, zhang4: 涨红了脸, 脸涨得通红 (prices and water rise, zhang3)
        return single && (next == '红' || next == '得' && (s.text(i + 2, i + 4).equals("通红")
            || s.text(i + 2, i + 4).equals("满脸"))) ? "zhang4" : null;
      case '结':
        // bearing fruit, jie1: 结了很多果子, 结果子, 结出果实 (结果 "result" is a word, jie2)
        if (!single || !oneOf(next, "了出满果")) {
          return null;
        }
        for (int j = i + 1; j < Math.min(s.size(), i + 6) && s.isHan(j); j++) {
          if (s.codePoint(j) == '果' && s.wordAt(j).length() >= 1 && j > i + 1) {
            return "jie1";
          }
        }
        return next == '果' && s.wordAt(i + 1).length() >= 2 ? "jie1" : null;
      case '处':
        if (single && next == '得' && s.isHan(i + 2) && complementFollows(s, i + 1)) {
          return "chu3"; // getting along: 他们处得不错
        }
        if (s.wordAt(i).start() == i && s.wordAt(i).length() == 2 && oneOf(next, "理置罚")) {
          return "chu3"; // the verb 处理/处置/处罚 (the model read 不好处理 chu4, after 好处)
        }
        // 好处理, 难处理: the verb 处理/处置/处罚 chu3 where HanLP made 好处/难处 of the first two
        return s.wordAt(i).length() == 2 && s.wordAt(i).end() == i + 1
            && oneOf(s.codePoint(i - 1), "好难易") && oneOf(next, "理置罚") ? "chu3" : null;
      case '看':
        return lookAfter(s, i) ? "kan1" : null;
      case '没':
        // submerging, mo4: 水没过了膝盖, 没过头顶 (没过 "has not" is mei2: 没过几天)
        if (single && next == '过') {
          int part = nextHan(s, i + 1) == '了' ? i + 3 : i + 2;
          return oneOf(s.isHan(part) ? s.codePoint(part) : 0, "膝腰头胸脖脚小大")
              && !s.text(part, part + 2).equals("几天") && (s.text(part, part + 2).equals("膝盖")
              || s.text(part, part + 2).equals("头顶") || s.text(part, part + 2).equals("脚踝")
              || s.text(part, part + 2).equals("小腿") || s.text(part, part + 2).equals("大腿")
              || oneOf(s.codePoint(part), "膝腰胸脖")) ? "mo4" : null;
        }
        return null;
      case '背':
        // carrying on the back, bei1: 他背了一个大包, 背起孩子 (背了一首诗 is bei4)
        if (single && next == '在' && hanNear(s, i + 2, i + 4, "身肩背")) {
          return "bei1"; // 把书包背在身上, 背在肩上
        }
        if (!single || !oneOf(next, "了起上")) {
          return null;
        }
        return hanNear(s, i + 2, i + 7, "包篓筐袋柴", "孩子", "行李") ? "bei1" : null;
      case '卡':
        // stuck in the throat, qia3: 鱼刺卡在喉咙里 (a card or lorry is ka3)
        String throat = s.text(i + 2, Math.min(s.size(), i + 6));
        return s.wordAt(i).end() == i + 1 && oneOf(next, "在住")
            && (throat.contains("喉") || throat.contains("嗓")) ? "qia3" : null;
      case '露':
        // showing, lou4: 露一手, 露了一手, 露个脸, 露面 (the dew and 暴露, 露天 are lu4)
        int shown = next == '了' && single ? i + 2 : i + 1;
        return single && (s.text(shown, shown + 2).equals("一手")
            || s.text(shown, shown + 2).equals("个脸")) ? "lou4" : null;
      case '扇':
        // fanning or slapping, shan1: 扇风, 扇了他一耳光 (一扇门, 扇子 are shan4)
        return single && oneOf(next, "风了着") && !afterNumeral(s, i) ? "shan1" : null;
      case '待':
        // staying, dai1: 待一会儿, 待在家里, 在家待着, 待了三天 (对待, 待人 are dai4)
        return single && (oneOf(next, "在着") || s.text(i + 1, i + 3).equals("一会")
            || s.text(i + 1, i + 3).equals("会儿")
            || next == '了' && timeSpanAt(s, i + 2)) ? "dai1" : null;
      case '当':
        // "treat as", dang4, with 把 before it (把我当朋友, 把书当枕头)
        if (single && s.isHan(i + 1) && next != '了' && baObjectBefore(s, i)) {
          return "dang4";
        }
        // pawning, dang4: 把手表当了, 把玉当了换钱, 当掉 (the object put before it with 把)
        boolean gluedName = s.wordAt(i).length() == 2 && s.wordAt(i).end() == i + 1
            && lex.word(wordText(s, i)) == null; // 玉当/nr
        return (single || gluedName) && (next == '掉'
            || next == '了' && s.wordAt(i + 1).length() == 1 && (!s.isHan(i + 2) || oneOf(s.codePoint(i + 2), "换钱")))
            && baObjectBefore(s, i) ? "dang4" : zhengDang(s, i);
      case '散':
        // coming loose, san3: 鞋带散了, 辫子散开了 (人都散了, 散会 are san4)
        boolean tied = oneOf(prev, "带绳辫线扣") || i >= 2 && s.text(i - 2, i).equals("头发");
        return single && tied && s.wordAt(i - 1).end() == i && oneOf(next, "了开掉") ? "san3" : null;
      case '折':
        // tumbling, zhe1: 折跟头, 折了个跟头 (折断, 打折 are zhe2)
        return single && (s.text(i + 1, i + 3).equals("跟头") || s.text(i + 1, i + 5)
            .equals("了个跟头") || s.text(i + 1, i + 4).equals("个跟头")) ? "zhe1" : null;
      case '作':
        // courting disaster, zuo1: 你这是作死, 别作死了
        return single && next == '死' && s.wordAt(i + 1).length() == 1
            && (!s.isHan(i + 2) || oneOf(s.codePoint(i + 2), "了啊呢吧呀嘛")) ? "zuo1" : null;
      case '蒙':
        // guessing, meng1: 蒙对了, 我是蒙的, 瞎蒙 (also where HanLP made a name of 蒙对)
        if (s.wordAt(i).start() == i && (single || lex.word(wordText(s, i)) == null)
            && (oneOf(next, "对中") || oneOf(prev, "是瞎乱") && (next == 0 || oneOf(next, "的一个")))) {
          return "meng1";
        }
        return single && prev != 0 && s.wordAt(i - 1).tag().startsWith("v")
            && s.wordAt(i - 1).length() == 1 && (next == '了' || next == 0) ? "meng1" : null;
      default:
        return null;
    }
  }

  /**
   * A one-character 把 up to five tokens before i with its object between (我把钥匙落在…), and no
   * verb or comma in between.
   */
  private static boolean baObjectBefore(Sentence s, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 5) && s.isHan(j); j--) {
      if (s.codePoint(j) == '把' && s.wordAt(j).length() == 1) {
        return j < i - 1;
      }
      if (s.wordAt(j).tag().startsWith("v") && !s.wordAt(j).tag().equals("vn")) {
        return false; // (作业/vn is the object)
      }
    }
    return false;
  }

  /**
   * 看 kan1 "look after": before a child, a bag, a shop... ending the clause, after 看着 (你看着
   * 包, 帮我看着孩子) or with a helper or place before it (在家看孩子, 帮忙看店, 替我看一下行李);
   * 回去看孩子 "visit" stays kan4.
   */
  private static boolean lookAfter(Sentence s, int i) {
    Sentence.Span w = s.wordAt(i);
    boolean zhe = wordText(s, i).equals("看着") && w.start() == i
        || w.length() == 1 && nextHan(s, i) == '着' && s.wordAt(i + 1).length() == 1;
    if (w.length() != 1 && !zhe) {
      return false;
    }
    int o = zhe ? i + 2 : i + 1;
    if (!zhe && s.text(o, o + 2).equals("一下")) {
      o += 2;
    }
    if (zhe && s.isHan(o) && s.codePoint(o) == '点' && s.wordAt(o).length() == 1) {
      o++; // 帮我看着点锅
    }
    if (!s.isHan(o) || s.wordAt(o).start() != o || !LOOKED_AFTER.contains(wordText(s, o))) {
      return false;
    }
    int e = s.wordAt(o).end();
    if (s.isHan(e) && !oneOf(s.codePoint(e), "呢吧啊呀了")) {
      return false; // 看着孩子笑, 看孩子们玩: watching
    }
    if (zhe) {
      return true;
    }
    return hanNear(s, i - 1, i - 7, "帮替", "在家", "负责", "专门");
  }

  /**
   * 正当 zheng4 dang4 "legitimate, proper" before 的, a noun such as 权利/理由, at the end of a
   * clause or after 不/很 (不正当竞争); zheng4 dang1 "just when" opens a time clause (正当我要出门时).
   */
  private static String zhengDang(Sentence s, int i) {
    Sentence.Span w = s.wordAt(i);
    if (!(wordText(s, i).equals("正当") && w.end() == i + 1)) {
      return null;
    }
    int next = nextHan(s, i);
    boolean noun = s.isHan(i + 1) && s.wordAt(i + 1).start() == i + 1
        && LEGITIMATE.contains(wordText(s, i + 1));
    return next == '的' || noun || oneOf(prevHan(s, i - 1), "不很太") ? "dang4" : null;
  }
}
