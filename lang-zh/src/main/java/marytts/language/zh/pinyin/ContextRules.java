package marytts.language.zh.pinyin;

/**
 * Readings fixed by the grammatical context, for polyphones whose minority reading the polyphone
 * model hardly ever sees in its training data (the CPP corpus has no modal 得 dei3, one 了 liao3,
 * three verbal 还 huan2) but which a short context decides. The rules are kept by concern:
 *
 * <ul>
 *   <li>{@link LexicalRules}: surnames after 姓, four-character idioms, minority readings of
 *       lexicon words, and bound characters read by the neighbour they form a word with (累迁,
 *       乐评, 朝阳);
 *   <li>{@link ParticleRules}: the particles and interjections 了 得 地 着 的 呀 哪 啦 啊;
 *   <li>{@link FunctionWordRules}: the adverbs, prepositions and modals 还 为 都 将 应 会 倒 咋;
 *   <li>{@link ClassifierRules}: classifiers after a numeral or demonstrative (只 重 斗 宿 种 场 卷
 *       哩, 一行);
 *   <li>{@link AdjectiveVerbRules}: an adjective reading after a degree adverb (很长 chang2) and
 *       characters read as an adjective or noun in one sense and a verb in another (长 教 数 干 好 和
 *       盛 觉 空 差 闷 称 少);
 *   <li>{@link VerbComplementRules}: verbs read by the complement or object after them (撒在,
 *       铺上, 量体温, 落在家里);
 *   <li>{@link SentenceScan}: the sentence-scanning helpers and word classes they share.
 * </ul>
 *
 * The per-character rules mostly fire on characters the segmenter left as one-character words (or,
 * for 地, on an unknown word ending in it), so lexicon words (了解, 还是, 得到, 土地) keep their
 * readings; the idiom, minority-word and bound-character rules read longer words by design.
 */
public final class ContextRules {

  private ContextRules() {}

  /** The reading the context imposes on token i, or null to leave it to lexicon and model. */
  public static String reading(Sentence s, int i, PinyinLexicon lex) {
    int cp = s.codePoint(i);
    // checks for any character, in this order; the first reading found is taken
    String r = LexicalRules.surname(s, i, cp);
    r = r != null ? r : LexicalRules.idiom(s, i, lex, cp);
    r = r != null ? r : ParticleRules.gluedBeforeDe(s, i, lex);
    r = r != null ? r : AdjectiveVerbRules.afterDegree(s, i, cp);
    r = r != null ? r : LexicalRules.minorityWord(s, i, lex, cp);
    // then the rules of the character itself: each character has them in one class only, so at
    // most one of these calls has a rule for cp (the others return null)
    r = r != null ? r : ParticleRules.reading(s, i, lex, cp);
    r = r != null ? r : FunctionWordRules.reading(s, i, lex, cp);
    r = r != null ? r : ClassifierRules.reading(s, i, cp);
    r = r != null ? r : AdjectiveVerbRules.reading(s, i, lex, cp);
    r = r != null ? r : VerbComplementRules.reading(s, i, lex, cp);
    r = r != null ? r : LexicalRules.reading(s, i, lex, cp);
    return r;
  }
}
