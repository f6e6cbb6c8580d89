package marytts.neural;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Groups items submitted by concurrent requests into batches: a worker takes the first waiting
 * item, then waits at most {@code maxWaitMillis} for more, up to {@code maxBatch} items, and runs
 * them through the model in one call. The queue is bounded: when it is full, {@link #submit}
 * fails at once with {@link EngineBusyException} instead of piling up memory.
 */
final class DynamicBatcher<Q, R> implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(DynamicBatcher.class);

    /** Runs one batch; must return one result per item, in order. */
    interface BatchFunction<Q, R> {
        List<R> apply(List<Q> items) throws Exception;
    }

    private record Pending<Q, R>(Q item, CompletableFuture<R> result) {
    }

    private final String name;
    private final BatchFunction<Q, R> function;
    private final int maxBatch;
    private final long maxWaitNanos;
    private final BlockingQueue<Pending<Q, R>> queue;
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean closed;

    DynamicBatcher(String name, BatchFunction<Q, R> function, int maxBatch, long maxWaitMillis, int queueCapacity,
            int workerCount) {
        this.name = name;
        this.function = function;
        this.maxBatch = Math.max(1, maxBatch);
        this.maxWaitNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(0, maxWaitMillis));
        this.queue = new ArrayBlockingQueue<>(Math.max(1, queueCapacity));
        for (int i = 0; i < Math.max(1, workerCount); i++) {
            Thread t = new Thread(this::work, name + "-batcher-" + i);
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
    }

    CompletableFuture<R> submit(Q item) throws EngineBusyException {
        if (closed) {
            throw new EngineBusyException(name + ": shut down");
        }
        CompletableFuture<R> f = new CompletableFuture<>();
        if (!queue.offer(new Pending<>(item, f))) {
            throw new EngineBusyException(name + ": queue full (" + queue.size() + " items waiting)");
        }
        return f;
    }

    private void work() {
        List<Pending<Q, R>> batch = new ArrayList<>(maxBatch);
        while (!closed) {
            try {
                Pending<Q, R> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                long deadline = System.nanoTime() + maxWaitNanos;
                while (batch.size() < maxBatch) {
                    long left = deadline - System.nanoTime();
                    Pending<Q, R> next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                }
                run(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                batch.clear();
            }
        }
    }

    private void run(List<Pending<Q, R>> batch) {
        List<Q> items = new ArrayList<>(batch.size());
        batch.forEach(p -> items.add(p.item()));
        try {
            List<R> results = function.apply(items);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result().complete(results.get(i));
            }
        } catch (Throwable t) {
            LOG.warn("{}: batch of {} failed: {}", name, batch.size(), t.toString());
            batch.forEach(p -> p.result().completeExceptionally(t));
        }
    }

    @Override
    public void close() {
        closed = true;
        workers.forEach(Thread::interrupt);
        Pending<Q, R> p;
        while ((p = queue.poll()) != null) {
            p.result().completeExceptionally(new EngineBusyException(name + ": shut down"));
        }
    }
}
