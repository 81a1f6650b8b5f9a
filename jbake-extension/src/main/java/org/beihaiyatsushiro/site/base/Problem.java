package org.beihaiyatsushiro.site.base;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with one source file, at one line: what is wrong and how to fix it, as {@link
 * Phrase}s that {@code i18n.ProblemText} tells in the editor's language.
 *
 * <p>Printed as {@code path:line: message (hint)}, the form editors' tools and terminals turn into
 * a link to the place. {@link #toString} is the programmer's view (message ids and values), never
 * what an editor reads.
 */
public final class Problem {
  /**
   * Orders problems by file, then line, so reports read top to bottom; problems of one line by
   * their message's id and values, so the order is the same in every language.
   */
  public static final Comparator<Problem> BY_PLACE =
      Comparator.comparing(Problem::path)
          .thenComparingInt(Problem::line)
          .thenComparing(p -> p.message().toString());

  private final String path;
  private final int line;
  private final Phrase message;
  private final Phrase hint;

  /**
   * @param path the file, relative to the site's root (for example {@code content/zh/beihai.md})
   * @param line the 1-based line, or 1 when the problem concerns the whole file
   * @param message what is wrong
   * @param hint how to fix it, or null for none
   */
  public Problem(String path, int line, Phrase message, Phrase hint) {
    this.path = Objects.requireNonNull(path, "path");
    this.line = Math.max(1, line);
    this.message = Objects.requireNonNull(message, "message");
    this.hint = hint;
  }

  public String path() {
    return path;
  }

  public int line() {
    return line;
  }

  public Phrase message() {
    return message;
  }

  public Optional<Phrase> hint() {
    return Optional.ofNullable(hint);
  }

  @Override
  public String toString() {
    return path + ":" + line + ": " + message + (hint == null ? "" : " (" + hint + ")");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Problem p
        && p.path.equals(path)
        && p.line == line
        && p.message.equals(message)
        && Objects.equals(p.hint, hint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, line, message, hint);
  }
}
