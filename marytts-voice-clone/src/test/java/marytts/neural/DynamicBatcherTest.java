package marytts.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class DynamicBatcherTest {

    @Test
    void groupsItemsWaitingTogetherIntoOneBatchInOrder() throws Exception {
        List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        CountDownLatch gate = new CountDownLatch(1);
        try (DynamicBatcher<Integer, Integer> b = new DynamicBatcher<>("t", items -> {
            gate.await(5, TimeUnit.SECONDS);
            batchSizes.add(items.size());
            List<Integer> out = new ArrayList<>();
            items.forEach(i -> out.add(i * 10));
            return out;
        }, 8, 50, 100, 1)) {
            List<CompletableFuture<Integer>> fs = new ArrayList<>();
            fs.add(b.submit(1)); // the worker takes this one and blocks on the gate
            Thread.sleep(100);
            for (int i = 2; i <= 6; i++) {
                fs.add(b.submit(i));
            }
            gate.countDown();
            for (int i = 0; i < fs.size(); i++) {
                assertEquals((i + 1) * 10, fs.get(i).get(5, TimeUnit.SECONDS));
            }
            assertEquals(1, batchSizes.get(0));
            assertEquals(5, batchSizes.get(1), "the five that waited went in one batch: " + batchSizes);
        }
    }

    @Test
    void answersBusyWhenTheQueueIsFull() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        try (DynamicBatcher<Integer, Integer> b = new DynamicBatcher<>("t", items -> {
            gate.await(5, TimeUnit.SECONDS);
            return items;
        }, 1, 0, 2, 1)) {
            b.submit(1);
            Thread.sleep(100); // taken by the worker
            b.submit(2);
            b.submit(3);
            EngineBusyException e = assertThrows(EngineBusyException.class, () -> b.submit(4));
            assertTrue(e.getMessage().contains("queue full"), e.getMessage());
            gate.countDown();
        }
    }

    @Test
    void failsEveryItemOfAFailedBatch() throws Exception {
        try (DynamicBatcher<Integer, Integer> b = new DynamicBatcher<>("t", items -> {
            throw new IllegalStateException("model broke");
        }, 4, 0, 10, 1)) {
            CompletableFuture<Integer> f = b.submit(1);
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
            assertTrue(e.getCause().getMessage().contains("model broke"));
        }
    }
}
