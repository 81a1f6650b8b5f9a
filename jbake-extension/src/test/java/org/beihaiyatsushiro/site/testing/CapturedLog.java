package org.beihaiyatsushiro.site.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * What JBake and the extension log while a test runs something, kept from the console: a bake that
 * fails on purpose would otherwise print its ERROR lines into a build that passes. The lines come
 * back to the test, in the console's form ({@code ERROR SiteRenderingTool - message}), so it can
 * assert on them instead.
 */
public final class CapturedLog {
  private CapturedLog() {}

  /** What an action returned, and the lines it logged meanwhile. */
  public record Logged<T>(T value, List<String> log) {}

  /** Runs {@code action} with the log captured; returns the lines it logged. */
  public static List<String> during(Runnable action) {
    return of(() -> {
          action.run();
          return true;
        })
        .log();
  }

  /** Runs {@code action} with the log captured; returns its value and the lines it logged. */
  public static <T> Logged<T> of(Supplier<T> action) {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    List<Appender<ILoggingEvent>> console = new ArrayList<>();
    for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
      console.add(it.next());
    }
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.setContext(root.getLoggerContext());
    captured.start();
    console.forEach(root::detachAppender);
    root.addAppender(captured);
    T value;
    try {
      value = action.get();
    } finally {
      root.detachAppender(captured);
      console.forEach(root::addAppender);
      captured.stop();
    }
    List<String> lines =
        captured.list.stream()
            .map(
                e ->
                    e.getLevel()
                        + " "
                        + e.getLoggerName().substring(e.getLoggerName().lastIndexOf('.') + 1)
                        + " - "
                        + e.getFormattedMessage())
            .toList();
    return new Logged<>(value, lines);
  }
}
