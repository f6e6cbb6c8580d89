package marytts.language.zh.pinyin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolyphoneNetTest {

  private static final Segmenter SEGMENTER = new Segmenter();

  @Test
  void shippedNetIsSmallAndLoads() throws IOException {
    try (InputStream in = PolyphoneNet.class.getResourceAsStream(PolyphoneNet.RESOURCE)) {
      assertNotNull(in, "net resource missing");
      byte[] bytes = in.readAllBytes();
      assertTrue(bytes.length < 3_000_000, "net too big: " + bytes.length);
      PolyphoneNet net = PolyphoneNet.read(new ByteArrayInputStream(bytes));
      assertTrue(net.lambda() > 0);
    }
    assertNotNull(PolyphoneModel.loadDefault().net(), "shipped model runs without its net");
  }

  /** The Java forward pass reproduces the log-probabilities PyTorch computed at export time. */
  @Test
  void javaForwardPassMatchesPythonExport() throws IOException {
    PolyphoneNet net = PolyphoneNet.loadDefault();
    int rows = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        PolyphoneNetTest.class.getResourceAsStream(
            "/marytts/language/zh/pinyin/polyphone_net_fixture.tsv"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] c = line.split("\t");
        Sentence s = SEGMENTER.segment(c[0]);
        List<String> cands = new ArrayList<>();
        List<List<String>> evidence = new ArrayList<>();
        for (String part : c[2].split(";")) {
          int colon = part.indexOf(':');
          cands.add(part.substring(0, colon));
          String fs = part.substring(colon + 1);
          evidence.add(fs.isEmpty() ? List.of() : List.of(fs.split(",")));
        }
        String[] expected = c[3].split(" ");
        double[] lp = net.logProbabilities(s, Integer.parseInt(c[1]), cands, evidence);
        assertEquals(expected.length, lp.length, line);
        for (int k = 0; k < lp.length; k++) {
          assertEquals(Double.parseDouble(expected[k]), lp[k], 2e-4, line + " candidate " + k);
        }
        rows++;
      }
    }
    assertTrue(rows >= 20, "fixture too small: " + rows);
  }

  @Test
  void combinedModelDecidesHardCases() {
    PinyinLexicon lex = PinyinLexicon.load();
    PolyphoneModel model = PolyphoneModel.loadDefault();
    String[][] cases = {
        {"我去银行取钱。", "行", "hang2"}, {"他在街上行走。", "行", "xing2"},
        {"我住在重庆。", "重", "chong2"}, {"这件事很重要。", "重", "zhong4"},
        {"孩子长大了。", "长", "zhang3"}, {"这条河的长度是多少？", "长", "chang2"},
        {"你去还是我去？", "还", "hai2"}, {"我明天还钱给你。", "还", "huan2"},
    };
    for (String[] c : cases) {
      Sentence s = SEGMENTER.segment(c[0]);
      int i = c[0].indexOf(c[1]);
      LexicalEvidence ev = LexicalEvidence.of(s, lex);
      List<String> cands = PolyphoneFeatures.candidates(s, ev, i, lex, model);
      assertTrue(cands.size() > 1, c[0]);
      assertEquals(c[2], model.predict(s, ev, i, lex, cands), c[0]);
      // the net on its own agrees
      List<List<String>> evid = new ArrayList<>();
      for (String y : cands) {
        evid.add(PolyphoneFeatures.evidence(s, ev, i, lex, y));
      }
      double[] lp = model.net().logProbabilities(s, i, cands, evid);
      int best = 0;
      for (int k = 1; k < lp.length; k++) {
        best = lp[k] > lp[best] ? k : best;
      }
      assertEquals(c[2], cands.get(best), "net alone: " + c[0]);
    }
  }
}
