package org.beihaiyatsushiro.site.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void everyIndexRunsOnceAndTheResultsKeepTheItemsOrder() {
    AtomicIntegerArray runs = new AtomicIntegerArray(1000);
    Parallel.forEach(1000, runs::incrementAndGet);
    assertThat(IntStream.range(0, 1000).map(runs::get)).containsOnly(1);

    List<Integer> items = IntStream.range(0, 500).boxed().toList();
    assertThat(Parallel.map(items, i -> i * 2))
        .containsExactlyElementsOf(items.stream().map(i -> i * 2).toList());
    assertThat(Parallel.map(List.<Integer>of(), i -> i)).isEmpty();
  }

  @Test
  void whileOneThreadIsBusyWithASlowItemAnotherTakesAllTheRest() throws Exception {
    // Item 0 waits until every other item is done: only a second thread can do them.
    int count = 200;
    CountDownLatch othersDone = new CountDownLatch(count - 1);
    Map<Integer, String> threadOf = new ConcurrentHashMap<>();
    Parallel.forEach(
        count,
        i -> {
          threadOf.put(i, Thread.currentThread().getName());
          if (i == 0) {
            await(othersDone);
          } else {
            othersDone.countDown();
          }
        });
    // The check is item 0's wait (await): it ends only if the other 199 items were done while it
    // waited. A parallel stream left a quarter of them queued behind the slow one, and failed it.
    assertThat(threadOf).hasSize(count);
  }

  @Test
  void theFirstFailureIsThrownAsItWasAndNoNewItemStartsAfterIt() {
    IllegalStateException failure = new IllegalStateException("file 3 is wrong");
    AtomicInteger started = new AtomicInteger();
    assertThatThrownBy(
            () ->
                Parallel.forEach(
                    10_000,
                    i -> {
                      started.incrementAndGet();
                      if (i == 3) {
                        throw failure;
                      }
                      sleep(2);
                    }))
        .isSameAs(failure);
    // Each thread finishes the item it has in hand: far fewer than all were started.
    assertThat(started.get()).isLessThan(2_000);
  }

  @Test
  void whenThePoolIsBusyTheCallerDoesTheWorkAloneAndDoesNotWaitForIt() throws Exception {
    int poolThreads = ForkJoinPool.getCommonPoolParallelism();
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch blocked = new CountDownLatch(poolThreads);
    for (int t = 0; t < poolThreads; t++) {
      ForkJoinPool.commonPool()
          .execute(
              () -> {
                blocked.countDown();
                await(release);
              });
    }
    try {
      assertThat(blocked.await(30, TimeUnit.SECONDS)).isTrue();
      AtomicIntegerArray runs = new AtomicIntegerArray(100);
      assertTimeoutPreemptively(
          Duration.ofSeconds(20), () -> Parallel.forEach(100, runs::incrementAndGet));
      assertThat(IntStream.range(0, 100).map(runs::get)).containsOnly(1);
    } finally {
      release.countDown();
    }
  }

  @Test
  void workCanItselfRunInParallel() {
    List<Integer> sums =
        Parallel.map(
            IntStream.range(0, 8).boxed().toList(),
            outer ->
                Parallel.map(IntStream.range(0, 100).boxed().toList(), inner -> outer * inner)
                    .stream()
                    .mapToInt(Integer::intValue)
                    .sum());
    assertThat(sums).containsExactly(0, 4950, 9900, 14850, 19800, 24750, 29700, 34650);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS))
          .as("the other items were done meanwhile")
          .isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
