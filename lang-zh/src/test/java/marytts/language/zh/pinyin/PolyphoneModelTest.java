package marytts.language.zh.pinyin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class PolyphoneModelTest {

  @Test
  void shippedModelIsSmallAndLoads() throws IOException {
    try (InputStream in = PolyphoneModel.class.getResourceAsStream(PolyphoneModel.RESOURCE)) {
      assertNotNull(in, "model resource missing");
      byte[] bytes = in.readAllBytes();
      assertTrue(bytes.length < 3_000_000, "model too big: " + bytes.length);
      PolyphoneModel m = PolyphoneModel.read(new ByteArrayInputStream(bytes));
      assertTrue(m.size() > 1000);
      assertTrue(m.labels("重").contains("chong2"));
    }
  }

  @Test
  void roundTripsThroughItsFileFormat() throws IOException {
    PolyphoneModel m = new PolyphoneModel(Map.of("*|PPW", 1.5f, "行|R1=走|xing2", 0.25f),
        Map.of("行", List.of("xing2", "hang2")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    PolyphoneModel back = PolyphoneModel.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(List.of("xing2", "hang2"), back.labels("行"));
    assertEquals(1.75, back.score("行", List.of("R1=走"), List.of("PPW"), "xing2"), 1e-6);
  }

  @Test
  void rejectsMalformedModelWithLineNumber() throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
      gz.write("L\t行\txing2\nbroken line\n".getBytes(StandardCharsets.UTF_8));
    }
    IOException e = assertThrows(IOException.class,
        () -> PolyphoneModel.read(new ByteArrayInputStream(raw.toByteArray())));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }
}
