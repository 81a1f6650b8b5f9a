package org.beihaiyatsushiro.checks.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The page-weight budget: what a reader on a slow phone connection downloads to read one page, i.e.
 * its HTML plus every stylesheet and script it loads (images apart). The budget is stated in the
 * README's "Tests" section; {@link #BUDGET_BYTES} is the one place it is set.
 */
public final class PageWeight {
  /** The budget of one page, HTML + CSS + JS: 150 KiB. */
  public static final long BUDGET_BYTES = 150 * 1024;

  /** What one page weighs, by kind of file, and the files that make it up. */
  public record Weight(String page, long html, long css, long js, List<String> files) {
    /** Copies the file list. */
    public Weight {
      Objects.requireNonNull(page, "page");
      files = List.copyOf(files);
    }

    /** HTML + CSS + JS in bytes. */
    public long total() {
      return html + css + js;
    }

    @Override
    public String toString() {
      return String.format(
          "%s: %,d bytes (HTML %,d + CSS %,d + JS %,d)", page, total(), html, css, js);
    }
  }

  private final long budget;

  /** A check against the site's budget. */
  public PageWeight() {
    this(BUDGET_BYTES);
  }

  /** A check against another budget (for tests of the check). */
  public PageWeight(long budget) {
    if (budget <= 0) {
      throw new IllegalArgumentException("budget must be positive: " + budget);
    }
    this.budget = budget;
  }

  /**
   * Weighs one page: its HTML and each stylesheet (with its imports) and script it loads, each file
   * counted once.
   *
   * @param root the folder laid out like the site
   * @param page the page, relative to root
   */
  public Weight measure(Path root, String page) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(page, "page");
    Set<Path> css = new LinkedHashSet<>();
    Set<Path> js = new LinkedHashSet<>();
    for (LoadedFile file : LoadedFile.of(root, page)) {
      Set<Path> into =
          switch (file.kind()) {
            case "stylesheet", "css import" -> css;
            case "script" -> js;
            default -> null;
          };
      if (into != null) {
        file.file(root).filter(Files::isRegularFile).ifPresent(into::add);
      }
    }
    List<String> files = new ArrayList<>();
    css.forEach(f -> files.add(root.normalize().relativize(f).toString().replace('\\', '/')));
    js.forEach(f -> files.add(root.normalize().relativize(f).toString().replace('\\', '/')));
    return new Weight(page, size(root.resolve(page)), sum(css), sum(js), files);
  }

  /** The page's weight against the budget: one finding when it is over. */
  public List<Finding> check(Path root, String page) {
    Weight weight = measure(root, page);
    if (weight.total() <= budget) {
      return List.of();
    }
    return List.of(
        new Finding(
            page,
            String.format(
                "weighs %,d bytes, over the budget of %,d bytes (HTML %,d + CSS %,d + JS %,d: %s)",
                weight.total(), budget, weight.html(), weight.css(), weight.js(), weight.files())));
  }

  private static long sum(Set<Path> files) {
    return files.stream().mapToLong(PageWeight::size).sum();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
