/**
 * English inside Chinese: Latin tokens in zh_CN text said with the zh_CN phone set, the way a
 * Mandarin speaker says them, so a Chinese voice needs no English model.
 *
 * <p>Entry point: {@link marytts.language.zh.english.EnglishInChinese#pronounce(String)} (one
 * LATIN chunk → pinyin syllables). One concern per class:
 * <ul>
 * <li>{@code LatinTokenSplitter}: letters / digits / connectors / CamelCase / acronyms.</li>
 * <li>{@code KnownWords}: small lists (brand words with transcriptions, capital words read as
 * words, words spelled although English has them).</li>
 * <li>{@code EnglishLexicon}: en_US CMUdict FST + trained letter-to-sound from marytts-lang-en.</li>
 * <li>{@code EnglishToZhPhoneMapper}: the phone mapping (the tables below live there).</li>
 * <li>{@code LetterSpeller}, {@code ChineseNumberReader}: letter names, digit runs.</li>
 * </ul>
 *
 * <h2>Mapping table (summary; the code's tables are authoritative)</h2>
 * <pre>
 * Vowels (plain / before n / before N)
 *   A a/an/ang     O uo/an/ong    u u/un/ong     i i/in/ing     { ai/an/ang
 *   V a/an/ang     E ai/en/eng    I i/in/ing     U u/un/ong     @ e/en/eng
 *   r= e+erhua (er alone)         aU ao/ang/ang  @U ou/ong/ong  EI ei/ei+en5/ei+eng5
 *   AI ai/ai+en5/ai+eng5          OI uo+yi5/uo+yin5/uo+ying5
 * Onset consonant → initial
 *   p b t d k g f → same; T→s  D→d  s→s  z→z  S→sh  Z→r  tS→ch  dZ→zh  h→h  m n l r → same
 *   N→n; w → u-medial, j → i-medial, v → u-medial (said as w)
 * Consonant without a vowel (coda, extra onset consonant) → own syllable, tone 5
 *   p pu  b bu  t te  d de  k ke  g ge  f/v fu  T si  D de  s si  z zi  S shi  Z ri
 *   tS qi  dZ zhi  h he  m mu  n en  N eng  l ou (er after o/u)  r er  w wu  j yi;  ts ci, dz zi
 *   n/N after a vowel fold into the final; m folds as n before p b m f v; post-vocalic r → erhua
 * Repairs: s/sh/h → x, z/zh/g → j, c/ch/k → q before i/ü finals (not for unstressed I: si5 zi5);
 *   r → l before i finals; f + i-final → fei/fen/feng...; b/p/f + e → o; C + o → uo; ong alone → weng
 * Tone: primary stress 1, secondary 4, unstressed full vowel 2, unstressed @ I U r= 5,
 *   epenthetic/split syllables 5; a word without stress gets 1 on its first vowel.
 * Letters (tone 1): A ei B bi C xi D di E yi F ai-fu G ji H ai-qi I ai J zhei K kei L ai-ou M ai-mu
 *   N en O ou P pi Q kiu R a-er S ai-si T ti U you V wei W da-bu-liu X ai-ke-si Y wai Z zei
 * </pre>
 */
package marytts.language.zh.english;
