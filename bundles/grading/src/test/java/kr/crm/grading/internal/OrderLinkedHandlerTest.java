package kr.crm.grading.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kr.crm.api.grade.GradeService;
import kr.crm.api.grade.RegradeResult;
import kr.crm.api.order.OrderEvents;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

class OrderLinkedHandlerTest {
    private static final RegradeResult RAN = new RegradeResult(true, 1, 1, 0, 1);

    private static Event linked(String... keys) {
        return new Event(OrderEvents.TOPIC_LINKED, Map.of(OrderEvents.CUSTOMER_KEYS, keys));
    }

    private static GradingConfig config(boolean onOrders) {
        return config(onOrders, 0);
    }

    private static GradingConfig config(boolean onOrders, int delayMillis) {
        GradingConfig config = mock(GradingConfig.class);
        when(config.onOrders()).thenReturn(onOrders);
        when(config.onOrdersDelayMillis()).thenReturn(delayMillis);
        return config;
    }

    @Test
    void keysArrivingWithinTheDelayAreGradedInOneRun() throws Exception {
        GradeService grades = mock(GradeService.class);
        List<List<String>> runs = new CopyOnWriteArrayList<>();
        when(grades.regrade(any())).thenAnswer(call -> {
            runs.add(new ArrayList<>(call.<Collection<String>>getArgument(0)));
            return RAN;
        });
        OrderLinkedHandler handler = new OrderLinkedHandler(grades, config(true, 300));
        handler.handleEvent(linked("K1"));
        handler.handleEvent(linked("K2"));
        handler.handleEvent(linked("K3", "K1"));
        verify(grades, timeout(5000).times(1)).regrade(any());
        TimeUnit.MILLISECONDS.sleep(400);
        assertThat(runs).singleElement().satisfies(keys -> assertThat(keys).containsExactlyInAnyOrder("K1", "K2", "K3"));
        handler.stop();
    }

    @Test
    void keysArrivingDuringARunAreGradedTogetherByTheNext() throws Exception {
        GradeService grades = mock(GradeService.class);
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<List<String>> runs = new CopyOnWriteArrayList<>();
        when(grades.regrade(any())).thenAnswer(call -> {
            runs.add(new ArrayList<>(call.<Collection<String>>getArgument(0)));
            firstRunning.countDown();
            release.await(5, TimeUnit.SECONDS);
            return RAN;
        });
        OrderLinkedHandler handler = new OrderLinkedHandler(grades, config(true));
        handler.handleEvent(linked("K1"));
        assertThat(firstRunning.await(5, TimeUnit.SECONDS)).isTrue();
        handler.handleEvent(linked("K2"));
        handler.handleEvent(linked("K3", "K2"));
        release.countDown();
        awaitRuns(runs, 2);
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0)).containsExactly("K1");
        assertThat(runs.get(1)).containsExactlyInAnyOrder("K2", "K3");
        handler.stop();
    }

    @Test
    void switchedOffItDoesNothing() throws Exception {
        GradeService grades = mock(GradeService.class);
        OrderLinkedHandler handler = new OrderLinkedHandler(grades, config(false));
        handler.handleEvent(linked("K1"));
        TimeUnit.MILLISECONDS.sleep(100);
        org.mockito.Mockito.verifyNoInteractions(grades);
        handler.stop();
    }

    @Test
    void keysOfARunThatCouldNotTakeTheLeaseAreTriedAgain() throws Exception {
        GradeService grades = mock(GradeService.class);
        List<List<String>> runs = new CopyOnWriteArrayList<>();
        when(grades.regrade(any())).thenAnswer(call -> {
            runs.add(new ArrayList<>(call.<Collection<String>>getArgument(0)));
            return runs.size() == 1 ? new RegradeResult(false, 0, 0, 0, 0) : RAN;
        });
        OrderLinkedHandler handler = new OrderLinkedHandler(grades, config(true, 50));
        handler.handleEvent(linked("K1"));
        awaitRuns(runs, 2);
        assertThat(runs).hasSize(2).allSatisfy(keys -> assertThat(keys).containsExactly("K1"));
        handler.stop();
    }

    /** Mockito counts a call as it starts, before its answer has recorded the keys: this waits for the record. */
    private static void awaitRuns(List<List<String>> runs, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (runs.size() < count && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(runs).hasSizeGreaterThanOrEqualTo(count);
    }
}
