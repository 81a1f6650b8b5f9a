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
 * back to the test, in the console's form ({@code ERROR SiteBake - message}), so it can assert on
 * them instead. While one is open, nothing reaches the console, from any thread (the preview bakes
 * on its own).
 */
public final class CapturedLog implements AutoCloseable {
  private final Logger root;
  private final List<Appender<ILoggingEvent>> console = new ArrayList<>();
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

  private CapturedLog() {
    root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
      console.add(it.next());
    }
    captured.setContext(root.getLoggerContext());
    captured.start();
    console.forEach(root::detachAppender);
    root.addAppender(captured);
  }

  /** Starts capturing, until {@link #close()}. */
  public static CapturedLog start() {
    return new CapturedLog();
  }

  /** What an action returned, and the lines it logged meanwhile. */
  public record Logged<T>(T value, List<String> log) {}

  /** Runs {@code action} with the log captured; returns the lines it logged. */
  public static List<String> during(Runnable action) {
    try (CapturedLog log = start()) {
      action.run();
      return log.lines();
    }
  }

  /** Runs {@code action} with the log captured; returns its value and the lines it logged. */
  public static <T> Logged<T> of(Supplier<T> action) {
    try (CapturedLog log = start()) {
      T value = action.get();
      return new Logged<>(value, log.lines());
    }
  }

  /** The lines logged so far, like {@code ERROR SiteBake - message}. */
  public List<String> lines() {
    synchronized (captured.list) {
      return captured.list.stream()
          .map(
              e ->
                  e.getLevel()
                      + " "
                      + e.getLoggerName().substring(e.getLoggerName().lastIndexOf('.') + 1)
                      + " - "
                      + e.getFormattedMessage())
          .toList();
    }
  }

  /** Gives the log back to the console. */
  @Override
  public void close() {
    root.detachAppender(captured);
    console.forEach(root::addAppender);
    captured.stop();
  }
}
