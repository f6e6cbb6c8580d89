package marytts.language.zh.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ChunkSplitterTest {
    private final ChunkSplitter splitter = new ChunkSplitter();

    private String chunks(String text) {
        List<TextChunk> c = splitter.split(text);
        return c.stream().map(x -> x.text() + ":" + x.kind()).collect(Collectors.joining(" "));
    }

    @Test
    void keepsTrailingPlusAndSharpWithTheLatinWord() {
        assertEquals("学习:HAN C++:LATIN 很难:HAN", chunks("学习C++很难"));
        assertEquals("得了:HAN A+:LATIN", chunks("得了A+"));
        assertEquals("会:HAN C#:LATIN 语言:HAN", chunks("会C#语言"));
    }

    @Test
    void leavesSignsBetweenWordsAlone() {
        assertEquals("a:LATIN +:SYMBOL b:LATIN", chunks("a+b"));
        assertEquals("1:DIGITS +:SYMBOL", chunks("1+"));
        assertEquals("C:LATIN +:SYMBOL +:SYMBOL +:SYMBOL", chunks("C+++"));
    }
}
