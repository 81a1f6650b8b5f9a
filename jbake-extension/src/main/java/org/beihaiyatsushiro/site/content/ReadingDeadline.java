package org.beihaiyatsushiro.site.content;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Objects;

/**
 * The text of a body as Flexmark reads it, which gives up once a deadline has passed.
 *
 * <p>Some shapes of text take Flexmark time that grows with the square of their length, or worse:
 * thousands of unmatched backticks, inline tags or {@code www.} parts in one paragraph take
 * minutes. Rather than chase each shape, the time is bounded where all of them meet: every
 * character Flexmark and its extensions look at is read through {@link #charAt}, which now and then
 * looks at the clock and throws {@link Expired} when the budget is spent.
 */
final class ReadingDeadline implements CharSequence {
  /** Thrown when reading a body has taken longer than its budget. */
  static final class Expired extends RuntimeException {
    Expired() {
      super(null, null, false, false);
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final String text;
  private final long deadline;
  private int reads;

  private ReadingDeadline(String text, long deadline) {
    this.text = text;
    this.deadline = deadline;
  }

  /** The text, to be read within {@code budget} from now. */
  static ReadingDeadline of(String text, Duration budget) {
    Objects.requireNonNull(text, "text");
    return new ReadingDeadline(text, now() + budget.toNanos());
  }

  @Override
  public char charAt(int index) {
    // A look at the clock every 4,096 characters costs nothing next to the reading itself.
    if ((++reads & 0xFFF) == 0 && now() - deadline > 0) {
      throw new Expired();
    }
    return text.charAt(index);
  }

  /** The computing time of this thread, or the wall clock where the JVM cannot tell. */
  private static long now() {
    long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    return cpu >= 0 ? cpu : System.nanoTime();
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new ReadingDeadline(text.substring(start, end), deadline);
  }

  @Override
  public String toString() {
    return text;
  }
}
