package marytts.zh.installer;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Undo steps of a multi-step change, run in reverse order when the change fails. */
final class Rollback {
    /** One undo step. */
    @FunctionalInterface
    interface Undo {
        void run() throws IOException;
    }

    private final Deque<Undo> steps = new ArrayDeque<>();

    void add(Undo undo) {
        steps.push(undo);
    }

    /** Runs every undo step (newest first); returns the messages of the ones that failed. */
    List<String> run() {
        List<String> failures = new ArrayList<>();
        while (!steps.isEmpty()) {
            try {
                steps.pop().run();
            } catch (IOException | RuntimeException e) {
                failures.add(String.valueOf(e.getMessage()));
            }
        }
        return failures;
    }
}
