package marytts.neural;

import java.util.Optional;

/**
 * Names the output that synthesis on this thread belongs to, when one output is made of several
 * MaryTTS requests (the server streams long text as one request per group of sentences). Within a
 * scope, a cloned voice's watermark runs on from where the previous request of the same output
 * ended instead of starting again. Without a scope, one MaryTTS request is one output.
 * MaryTTS runs a request's modules, the synthesizer included, on the thread that calls
 * {@code Request.process()}, which is why a thread-bound scope reaches it.
 */
public final class OutputScope implements AutoCloseable {
    private static final ThreadLocal<OutputScope> CURRENT = new ThreadLocal<>();

    private final OutputScope outer;

    private OutputScope(OutputScope outer) {
        this.outer = outer;
    }

    /** Opens a scope on this thread until {@link #close()}; every request processed inside is part of it. */
    public static OutputScope open() {
        OutputScope scope = new OutputScope(CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /** The scope open on this thread, if any. */
    static Optional<OutputScope> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    @Override
    public void close() {
        if (CURRENT.get() == this) {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
