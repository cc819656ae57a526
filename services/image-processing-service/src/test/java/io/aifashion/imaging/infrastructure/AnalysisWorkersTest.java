package io.aifashion.imaging.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.aifashion.imaging.domain.AnalyzerBusyException;
import io.aifashion.imaging.domain.Rejection;
import io.aifashion.imaging.domain.UnusableImageException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bounded pool: uploads queue behind busy workers, and a full line is "retry", not a pile-up. */
class AnalysisWorkersTest {

    @Test
    void aFullLineIsABusyAnswerAndQueuedWorkStillRuns() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        // Callers on threads of their own, as request threads are (the common pool may have one thread).
        try (AnalysisWorkers workers = new AnalysisWorkers(1, 1, Duration.ofMinutes(1), meters);
             ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> running = callers.submit(() -> workers.run(() -> {
                started.countDown();
                release.await();
                return "first";
            }));
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            Future<String> queued = callers.submit(() -> workers.run(() -> "second"));
            await().atMost(Duration.ofSeconds(30)).until(() -> workers.waiting() == 1);

            assertThatThrownBy(() -> workers.run(() -> "third")).isInstanceOf(AnalyzerBusyException.class)
                    .satisfies(e -> assertThat(((AnalyzerBusyException) e).retryAfter()).isPositive());
            assertThat(meters.counter("aifashion.imaging.rejected", "why", "queue-full").count()).isEqualTo(1);

            release.countDown();
            assertThat(running.get(30, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(queued.get(30, TimeUnit.SECONDS)).isEqualTo("second");
        }
    }

    @Test
    void aTaskThatNeverFinishesIsABusyAnswerAfterTheWait() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try (AnalysisWorkers workers = new AnalysisWorkers(1, 1, Duration.ofMillis(50), new SimpleMeterRegistry())) {
            assertThatThrownBy(() -> workers.run(() -> {
                never.await();
                return "unreachable";
            })).isInstanceOf(AnalyzerBusyException.class);
        }
    }

    @Test
    void theTasksOwnExceptionsPassThroughUnchanged() throws Exception {
        try (AnalysisWorkers workers = new AnalysisWorkers(1, 1, Duration.ofMinutes(1), new SimpleMeterRegistry())) {
            assertThatThrownBy(() -> workers.run(() -> {
                throw new UnusableImageException(Rejection.CORRUPT, "bad");
            })).isInstanceOf(UnusableImageException.class).hasMessage("bad");
        }
    }
}
