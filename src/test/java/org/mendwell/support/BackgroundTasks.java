package org.mendwell.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Waits for the work an application handed to its task executor (mail leaves that way, after the commit), so a
 * test can say "nothing was sent" once everything has been sent instead of after waiting a fixed time.
 */
public final class BackgroundTasks {

    private BackgroundTasks() {}

    /**
     * Returns once every task given to {@code executor} before this call has finished. One task per pool thread
     * is queued behind them, each waiting until all the others run: the queue hands tasks out in order and the
     * pool never grows past its core size (its queue has no limit), so when every thread is running one of these,
     * each thread has finished whatever it took before.
     */
    public static void awaitDone(ThreadPoolTaskExecutor executor) {
        if (executor.getQueueCapacity() != Integer.MAX_VALUE) {
            throw new IllegalStateException("A bounded queue lets the pool grow past its core size");
        }
        int threads = executor.getCorePoolSize();
        var allRunning = new CountDownLatch(threads);
        for (int i = 0; i < threads; i++) {
            executor.execute(() -> {
                allRunning.countDown();
                try {
                    allRunning.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        try {
            if (!allRunning.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The application's background tasks did not finish in 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
