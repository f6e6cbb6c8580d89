package marytts.neural;

import java.time.Instant;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Where a cloned voice's watermark stands in each output. MaryTTS synthesizes a request sentence
 * by sentence, one {@code synthesize} call each, and appends the audio; the detector folds the
 * whole file onto the mark's period, so every part must continue the mark where the previous part
 * ended (and carry the same hour), or each sentence adds a peak at its own lag and the payload
 * cannot be read. Parts of one output are asked for in order (MaryTTS's synthesis loop is
 * sequential), keyed by the request's MaryXML document, held weakly so finished requests go.
 */
final class WatermarkRuns {
    /** Where a part starts in its output, in samples, and the output's hour of synthesis. */
    record Part(long start, Instant time) {
    }

    private record Run(long next, Instant time) {
    }

    private final Map<Object, Run> runs = new WeakHashMap<>();

    /** The next part of {@code output}, {@code samples} long. */
    synchronized Part next(Object output, long samples) {
        Run run = runs.get(output);
        if (run == null) {
            run = new Run(0, Instant.now());
        }
        runs.put(output, new Run(run.next() + samples, run.time()));
        return new Part(run.next(), run.time());
    }
}
