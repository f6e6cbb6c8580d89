package marytts.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WatermarkRunsTest {

    @Test
    void partsOfOneOutputFollowEachOtherWithOneHourAndOutputsAreIndependent() {
        WatermarkRuns runs = new WatermarkRuns();
        Object request = new Object();
        Object other = new Object();
        WatermarkRuns.Part first = runs.next(request, 1000);
        WatermarkRuns.Part elsewhere = runs.next(other, 500);
        WatermarkRuns.Part second = runs.next(request, 300);
        WatermarkRuns.Part third = runs.next(request, 10);
        assertEquals(0, first.start());
        assertEquals(1000, second.start());
        assertEquals(1300, third.start());
        assertEquals(first.time(), third.time(), "one output carries one hour");
        assertEquals(0, elsewhere.start());
    }
}
