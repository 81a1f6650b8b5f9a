package org.beihaiyatsushiro.site.base;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Work on all cores, one item at a time: the calling thread and the common pool's threads each take
 * the next item as soon as they are done with theirs, so no core idles while items are left.
 *
 * <p>A parallel stream cuts its list into four parts per thread of the common pool, which on 2
 * cores is four parts in all: the part with the slowest files then ran alone at the end (up to a
 * second of a 3 × 1000-article bake with one core idle). Here the imbalance is at most one item.
 */
public final class Parallel {
  private Parallel() {}

  /**
   * Runs {@code work} for every index from 0 to {@code count} − 1, on all cores, and returns once
   * all are done. Should any fail, no new index is started and the first failure is thrown as it
   * was (an unchecked exception or an error).
   */
  public static void forEach(int count, IntConsumer work) {
    Objects.requireNonNull(work, "work");
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker =
        () -> {
          for (int i = next.getAndIncrement();
              i < count && failure.get() == null;
              i = next.getAndIncrement()) {
            try {
              work.accept(i);
            } catch (RuntimeException | Error e) {
              failure.compareAndSet(null, e);
            }
          }
        };
    List<ForkJoinTask<?>> helpers = new ArrayList<>();
    int threads = Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1);
    for (int t = 1; t < threads; t++) {
      helpers.add(ForkJoinPool.commonPool().submit(worker));
    }
    worker.run();
    // A helper that starts after the last index was taken finds nothing to do.
    helpers.forEach(ForkJoinTask::join);
    Throwable first = failure.get();
    if (first instanceof RuntimeException e) {
      throw e;
    }
    if (first instanceof Error e) {
      throw e;
    }
  }

  /** Each item mapped on all cores ({@link #forEach}), the results in the items' order. */
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> mapping) {
    Objects.requireNonNull(mapping, "mapping");
    Object[] results = new Object[items.size()];
    forEach(items.size(), i -> results[i] = Objects.requireNonNull(mapping.apply(items.get(i))));
    @SuppressWarnings("unchecked")
    List<R> out = (List<R>) Arrays.asList(results);
    return List.copyOf(out);
  }
}
