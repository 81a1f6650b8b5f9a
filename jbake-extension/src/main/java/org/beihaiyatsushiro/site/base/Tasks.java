package org.beihaiyatsushiro.site.base;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** Work of the bake done beside it: started on a thread of its own, its result taken later. */
public final class Tasks {
  private Tasks() {}

  /**
   * Runs each task on a new thread of the given name, a daemon: a bake that fails elsewhere never
   * keeps its JVM waiting for it.
   */
  public static Executor onDaemonThread(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      thread.start();
    };
  }

  /**
   * What a task gave once it is done, or the exception or error it ended with, thrown as it was
   * (not wrapped in a {@link CompletionException}).
   */
  public static <T> T join(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
