package marytts.neural;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;

/**
 * A bounded pool of predictors for one model: a {@link Predictor} is not thread-safe, so each
 * request borrows one. Waiting is bounded so a saturated voice answers "busy" instead of piling up.
 */
final class PredictorPool<I, O> implements AutoCloseable {
    private final BlockingQueue<Predictor<I, O>> idle;
    private final List<Predictor<I, O>> all = new ArrayList<>();
    private final long waitMillis;
    private final String name;

    PredictorPool(String name, ZooModel<I, O> model, int size, long waitMillis) {
        this.name = name;
        this.idle = new ArrayBlockingQueue<>(size);
        this.waitMillis = waitMillis;
        for (int i = 0; i < size; i++) {
            Predictor<I, O> p = model.newPredictor();
            all.add(p);
            idle.add(p);
        }
    }

    O predict(I input) throws TranslateException, EngineBusyException {
        Predictor<I, O> p;
        try {
            p = idle.poll(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineBusyException(name + ": interrupted while waiting for a predictor");
        }
        if (p == null) {
            throw new EngineBusyException(name + ": all " + all.size() + " predictors busy for " + waitMillis + " ms");
        }
        try {
            return p.predict(input);
        } finally {
            idle.add(p);
        }
    }

    @Override
    public void close() {
        all.forEach(Predictor::close);
    }
}
