package marytts.neural;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

class OutputScopeTest {
    @Test
    void scopeIsBoundToItsThreadAndEndsOnClose() throws Exception {
        assertFalse(OutputScope.current().isPresent());
        try (OutputScope outer = OutputScope.open()) {
            assertSame(outer, OutputScope.current().orElseThrow());
            assertFalse(CompletableFuture.supplyAsync(() -> OutputScope.current().isPresent()).get(),
                    "another thread is not in this scope");
            try (OutputScope inner = OutputScope.open()) {
                assertSame(inner, OutputScope.current().orElseThrow());
            }
            assertSame(outer, OutputScope.current().orElseThrow(), "closing the inner scope restores the outer");
        }
        assertFalse(OutputScope.current().isPresent());
    }
}
