package org.beihaiyatsushiro.site.base;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with one source file, at one line, said in plain language.
 *
 * <p>Printed as {@code path:line: message (hint)}, the form editors' tools and terminals turn into
 * a link to the place.
 */
public final class Problem {
  /** Orders problems by file, then line, then message, so reports read top to bottom. */
  public static final Comparator<Problem> BY_PLACE =
      Comparator.comparing(Problem::path)
          .thenComparingInt(Problem::line)
          .thenComparing(Problem::message);

  private final String path;
  private final int line;
  private final String message;
  private final String hint;

  /**
   * @param path the file, relative to the site's root (for example {@code content/zh/beihai.md})
   * @param line the 1-based line, or 1 when the problem concerns the whole file
   * @param message what is wrong
   * @param hint how to fix it, or empty
   */
  public Problem(String path, int line, String message, String hint) {
    this.path = Objects.requireNonNull(path, "path");
    this.line = Math.max(1, line);
    this.message = Objects.requireNonNull(message, "message");
    this.hint = hint == null ? "" : hint;
  }

  public String path() {
    return path;
  }

  public int line() {
    return line;
  }

  public String message() {
    return message;
  }

  public String hint() {
    return hint;
  }

  @Override
  public String toString() {
    return path + ":" + line + ": " + message + (hint.isEmpty() ? "" : " (" + hint + ")");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Problem p
        && p.path.equals(path)
        && p.line == line
        && p.message.equals(message)
        && p.hint.equals(hint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, line, message, hint);
  }
}
