package org.beihaiyatsushiro.site.base;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
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
 *
 * <p>The caller never waits for a helper that has not started (the pool may be busy with other
 * work, or have no thread at all): once the caller has run out of items it closes the work to
 * latecomers, waits only for the helpers still busy with an item, and then returns. No helper
 * touches the work after that.
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
    Run run = new Run(count, work);
    int helpers = Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1) - 1;
    for (int h = 0; h < helpers; h++) {
      try {
        ForkJoinPool.commonPool().execute(run::help);
      } catch (RejectedExecutionException e) {
        break; // the caller does the work alone
      }
    }
    try {
      run.work();
    } finally {
      run.closeAndAwaitHelpers();
    }
    Throwable first = run.failure.get();
    if (first instanceof RuntimeException e) {
      throw e;
    }
    if (first instanceof Error e) {
      throw e;
    }
    if (first != null) {
      throw new IllegalStateException(first);
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

  /** One call of {@link #forEach}: the next index, the first failure and the helpers at work. */
  private static final class Run {
    private final int count;
    private final IntConsumer work;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private int helpersAtWork;
    private boolean closed;

    Run(int count, IntConsumer work) {
      this.count = count;
      this.work = work;
    }

    /** Takes the next index until none is left or one has failed. */
    void work() {
      while (failure.get() == null) {
        int i = next.getAndIncrement();
        // i < 0 once the counter has gone past Integer.MAX_VALUE.
        if (i < 0 || i >= count) {
          return;
        }
        try {
          work.accept(i);
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      }
    }

    /** A helper's part: nothing when the caller has already closed the run. */
    void help() {
      synchronized (this) {
        if (closed) {
          return;
        }
        helpersAtWork++;
      }
      try {
        work();
      } finally {
        synchronized (this) {
          helpersAtWork--;
          notifyAll();
        }
      }
    }

    /**
     * Lets no more helpers start and waits for those at work, interrupted or not: once this
     * returns, nothing of the run is touched again (the results' writes are seen by the caller).
     */
    synchronized void closeAndAwaitHelpers() {
      closed = true;
      boolean interrupted = false;
      while (helpersAtWork > 0) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
