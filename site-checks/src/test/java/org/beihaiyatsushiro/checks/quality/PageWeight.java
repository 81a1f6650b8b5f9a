package org.beihaiyatsushiro.checks.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beihaiyatsushiro.checks.publish.Reference;
import org.beihaiyatsushiro.checks.publish.SiteCrawl;

/**
 * The page-weight budget: what a reader on a slow phone connection downloads to read one page, i.e.
 * its HTML plus every stylesheet (with its imports) and script it loads, and apart from those, its
 * pictures: for each, the one file a 1280 px wide screen would load ({@link ScreenPictures}), lazy
 * ones included. Both budgets are stated in the README's "Tests" section; {@link #BUDGET_BYTES} and
 * {@link #PICTURE_BUDGET_BYTES} are the one place they are set. Which files a page loads comes from
 * the site's crawl ({@link SiteCrawl}), which also reports any that are missing or outside the
 * site.
 */
public final class PageWeight {
  /** The budget of one page, HTML + CSS + JS: 150 KiB. */
  public static final long BUDGET_BYTES = 150 * 1024;

  /**
   * The budget of one page's pictures, as a 1280 px screen loads them: 1 MiB, some eight
   * photographs at the 960 px the text column takes there.
   */
  public static final long PICTURE_BUDGET_BYTES = 1024 * 1024;

  /** What one page weighs, by kind of file, and the files that make it up. */
  public record Weight(
      String page, long html, long css, long js, long pictures, List<String> files) {
    /** Copies the file list. */
    public Weight {
      Objects.requireNonNull(page, "page");
      files = List.copyOf(files);
    }

    /** HTML + CSS + JS in bytes (the pictures have their own budget). */
    public long total() {
      return html + css + js;
    }

    @Override
    public String toString() {
      return String.format(
          "%s: %,d bytes (HTML %,d + CSS %,d + JS %,d), pictures %,d bytes",
          page, total(), html, css, js, pictures);
    }
  }

  private final SiteCrawl crawl;
  private final long budget;
  private final Map<String, List<Reference>> referencesByFile;

  /** A check of the crawled site against the site's budget. */
  public PageWeight(SiteCrawl crawl) {
    this(crawl, BUDGET_BYTES);
  }

  /** A check of the crawled site against another budget (for tests of the check). */
  public PageWeight(SiteCrawl crawl, long budget) {
    this.crawl = Objects.requireNonNull(crawl, "crawl");
    if (budget <= 0) {
      throw new IllegalArgumentException("budget must be positive: " + budget);
    }
    this.budget = budget;
    this.referencesByFile =
        crawl.references().stream().collect(Collectors.groupingBy(Reference::from));
  }

  /**
   * Weighs one page: its HTML and each stylesheet (with its imports) and script it loads, each file
   * counted once.
   *
   * @param page the page, relative to the site's root
   */
  public Weight measure(String page) {
    Objects.requireNonNull(page, "page");
    Set<String> css = new LinkedHashSet<>();
    Set<String> js = new LinkedHashSet<>();
    Deque<String> stylesheets = new ArrayDeque<>();
    for (Reference r : referencesByFile.getOrDefault(page, List.of())) {
      if (r.element().startsWith("link[rel=stylesheet]")) {
        file(r).ifPresent(stylesheets::add);
      } else if (r.element().equals("script[src]")) {
        file(r).ifPresent(js::add);
      }
    }
    while (!stylesheets.isEmpty()) {
      String sheet = stylesheets.poll();
      if (css.add(sheet)) {
        for (Reference r : referencesByFile.getOrDefault(sheet, List.of())) {
          if (r.element().equals("css @import")) {
            file(r).ifPresent(stylesheets::add);
          }
        }
      }
    }
    List<String> files = new ArrayList<>(css);
    files.addAll(js);
    Set<String> pictures = new LinkedHashSet<>();
    for (String url : ScreenPictures.loadedAt(1280, crawl.root().resolve(page))) {
      file(new Reference(page, "img[src]", url)).ifPresent(pictures::add);
    }
    files.addAll(pictures);
    return new Weight(page, size(page), sum(css), sum(js), sum(pictures), files);
  }

  /** The page's weight against the budget: one finding when it is over. */
  public List<Finding> check(String page) {
    Weight weight = measure(page);
    List<Finding> findings = new ArrayList<>();
    if (weight.total() > budget) {
      findings.add(
          new Finding(
              page,
              String.format(
                  "weighs %,d bytes, over the budget of %,d bytes (HTML %,d + CSS %,d + JS %,d:"
                      + " %s)",
                  weight.total(),
                  budget,
                  weight.html(),
                  weight.css(),
                  weight.js(),
                  weight.files())));
    }
    if (weight.pictures() > PICTURE_BUDGET_BYTES) {
      findings.add(
          new Finding(
              page,
              String.format(
                  "its pictures weigh %,d bytes on a 1280 px screen, over the budget of %,d bytes",
                  weight.pictures(), PICTURE_BUDGET_BYTES)));
    }
    return findings;
  }

  /** The site file a reference loads, when it works (broken ones are the crawl's findings). */
  private Optional<String> file(Reference r) {
    SiteCrawl.Target target = crawl.resolve(r);
    return target.problem().isEmpty()
        ? java.util.Optional.ofNullable(target.sitePath())
        : java.util.Optional.empty();
  }

  private long sum(Set<String> files) {
    return files.stream().mapToLong(this::size).sum();
  }

  private long size(String sitePath) {
    try {
      return Files.size(crawl.root().resolve(sitePath));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
