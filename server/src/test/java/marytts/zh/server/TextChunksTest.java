package marytts.zh.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextChunksTest {

    @Test
    void firstPieceIsTheFirstSentenceAndLaterOnesGatherSentences() {
        String text = "今天天气很好。我们去公园吧！你来吗？他说：“好。”明天见；再见……";
        List<String> pieces = TextChunks.split(text, 12);
        assertEquals("今天天气很好。", pieces.get(0));
        assertEquals(text, String.join("", pieces), "nothing lost or added");
        assertEquals(List.of("今天天气很好。", "我们去公园吧！", "你来吗？", "他说：“好。”", "明天见；", "再见……"),
                TextChunks.sentences(text), "a closing quote stays with its sentence");
        for (String p : pieces.subList(1, pieces.size())) {
            assertTrue(p.length() <= 12 || TextChunks.sentences(p).size() == 1, "within the limit: " + pieces);
        }
    }

    @Test
    void fullStopsInNumbersAbbreviationsAndInitialsDoNotEndASentence() {
        assertEquals(1, TextChunks.sentences("Pi is 3.14 and Dr. Li met the U.S. team").size());
        assertEquals(List.of("It rained. ", "Then it stopped."), TextChunks.sentences("It rained. Then it stopped."));
        assertEquals(List.of("他来了. ", "好"), TextChunks.sentences("他来了. 好"));
    }

    @Test
    void lineBreaksEndPiecesAndMarksAloneJoinThePieceBefore() {
        assertEquals(List.of("第一行\n", "第二行"), TextChunks.split("第一行\n第二行", 3));
        assertEquals(List.of("你好。", "再见。……"), TextChunks.split("你好。再见。……", 100));
        assertEquals(List.of("……"), TextChunks.split("……", 100));
        assertEquals(List.of(), TextChunks.split("", 100));
    }

    @Test
    void aLongTextStaysWholeAndInOrder() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            sb.append("第").append(i).append("句话说完了。");
        }
        List<String> pieces = TextChunks.split(sb.toString(), 300);
        assertEquals(sb.toString(), String.join("", pieces));
        assertTrue(pieces.size() > 10 && pieces.size() < 100, pieces.size() + " pieces");
    }
}
