package org.beihaiyatsushiro.site.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.base.Tasks;
import org.beihaiyatsushiro.site.check.ContentCheck;
import org.beihaiyatsushiro.site.check.ContentProblemsException;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.i18n.ProblemText;
import org.beihaiyatsushiro.site.images.Figures;
import org.beihaiyatsushiro.site.images.PictureVariants;
import org.beihaiyatsushiro.site.pages.SiteBuilder;
import org.beihaiyatsushiro.site.pages.SiteIndex;
import org.beihaiyatsushiro.site.pages.SiteWriter;
import org.beihaiyatsushiro.site.pages.Templates;
import org.beihaiyatsushiro.site.sbom.BakeClasspathSbom;
import org.beihaiyatsushiro.site.translations.TranslationCheck;
import org.beihaiyatsushiro.site.translations.TranslationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site's one bake: reads and checks every source once ({@link #check}), then, when nothing is
 * wrong, writes every page, feed, sitemap and report of the site from what it read ({@link #bake}).
 *
 * <p>Every way of building comes here: the build ({@code ./mvnw package}, through JBake's Maven
 * plugin and {@code jbake.SiteRenderingTool}), the live preview (through JBake's oven and the same
 * tool) and {@code ./check-content} (the check half alone, without writing), so all three find the
 * same problems in the same read of the files.
 */
public final class SiteBake {
  private static final Logger LOG = LoggerFactory.getLogger(SiteBake.class);

  private final SiteConfig.Reading settings;

  /**
   * @param settings the site's settings and folders, read once from jbake.properties, with a
   *     problem for each wrong one (reported by {@link #check})
   */
  public SiteBake(SiteConfig.Reading settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The bake of the site whose settings and folders jbake.properties in {@code siteRoot} gives,
   * written into its target/site.
   */
  public static SiteBake of(Path siteRoot) {
    return new SiteBake(SiteConfig.read(siteRoot, siteRoot.resolve("target/site")));
  }

  /** The check of the sources, the one reader of every file; {@link #check} runs it. */
  public ContentCheck contentCheck() {
    return new ContentCheck(settings);
  }

  /**
   * The check half: reads and checks every source once (content, UI strings, settings, links and
   * special files, and on a strict site the translations), adding what is wrong to {@code
   * problems}. Writes nothing.
   */
  public ContentCheck.Outcome check(Problems problems) {
    return checkAll(problems).outcome();
  }

  /**
   * What the check half found, with the translation status it worked out once: on a strict site the
   * check makes its warnings problems, and the bake writes the report from the same status.
   */
  private record Checked(ContentCheck.Outcome outcome, TranslationStatus translations) {}

  /**
   * The check half of a bake, started on a thread of its own ({@link #startCheck}) so that the
   * sources are read while JBake starts; {@link #bake(CheckStarted)} waits for it.
   */
  public static final class CheckStarted {
    private final SiteBake bake;
    private final Problems problems;
    private final CompletableFuture<Checked> checked;

    private CheckStarted(SiteBake bake, Problems problems, CompletableFuture<Checked> checked) {
      this.bake = bake;
      this.problems = problems;
      this.checked = checked;
    }

    /** Where the check adds the problems it finds. */
    public Problems problems() {
      return problems;
    }

    /** Whether the check is done (it has read and checked every source, or failed). */
    public boolean isDone() {
      return checked.isDone();
    }

    /** What the check found, once it is done; its failure is thrown as it was. */
    private Checked await() {
      return Tasks.join(checked);
    }
  }

  /**
   * Starts the check half ({@link #check}) on a thread of its own and returns at once. The thread
   * is a daemon: a bake that never comes to {@link #bake(CheckStarted)} (JBake failed before) does
   * not keep its JVM alive.
   */
  public CheckStarted startCheck(Problems problems) {
    return new CheckStarted(
        this,
        problems,
        CompletableFuture.supplyAsync(
            () -> checkAll(problems), Tasks.onDaemonThread("site-check")));
  }

  private Checked checkAll(Problems problems) {
    ContentCheck check = contentCheck();
    ContentCheck.Outcome outcome = check.run(problems);
    TranslationStatus translations = TranslationStatus.of(outcome.articles());
    check.translations(translations, problems);
    return new Checked(outcome, translations);
  }

  /**
   * Reads and checks the sources once ({@link #check}) and, when nothing is wrong, writes the site
   * into the settings' output folder from what was read; otherwise logs every problem and throws.
   *
   * @param problems where the problems go, for whoever shows them (the preview)
   * @return what was checked and how many pages were written
   * @throws ContentProblemsException when any source has a problem, after every problem was logged
   *     as {@code path:line: message}; its message is the build's last words, with the count
   * @throws IllegalStateException when the site could not be written (a template that fails, a
   *     folder that cannot be written, a banned library on the classpath)
   */
  public Baked bake(Problems problems) {
    return bake(problems, checkAll(problems));
  }

  /**
   * As {@link #bake(Problems)}, with the check half {@link #startCheck started} before: waits for
   * it, then writes the site as that does.
   */
  public static Baked bake(CheckStarted started) {
    return started.bake.bake(started.problems, started.await());
  }

  private Baked bake(Problems problems, Checked checked) {
    ContentCheck.Outcome outcome = checked.outcome();
    // Never silent, but no reason to stop: the article waits for its day.
    outcome.notices().forEach(n -> LOG.warn("{}", outcome.text().line(n)));
    if (!problems.isEmpty()) {
      throw new ContentProblemsException(fail(problems, outcome.text()), outcome.text());
    }
    SiteConfig config = settings.config();
    // First: what an earlier bake left is made safe to write into (see SiteWriter).
    SiteWriter writer;
    try {
      writer = new SiteWriter(config.output());
    } catch (UncheckedIOException e) {
      LOG.error("The site could not be written: {}", e.getMessage());
      throw new IllegalStateException("The site could not be written: " + e.getMessage(), e);
    }
    // The SBOM depends on the classpath alone: it is made on a thread of its own while the pages
    // are written, which leave part of a core idle.
    CompletableFuture<Void> classpath =
        CompletableFuture.runAsync(
            () -> recordClasspath(config), Tasks.onDaemonThread("site-sbom"));
    Map<String, PictureVariants.Published> pictures = publishPictures(outcome, config, writer);
    List<Article> articles = withFigures(outcome, pictures);
    TranslationCheck.report(checked.translations(), config, outcome.text());
    SiteIndex index = new SiteIndex(articles);
    int pages;
    try {
      pages =
          new SiteBuilder(
                  config,
                  index,
                  outcome.strings().orElseThrow(),
                  Templates.of(config.templateFolder()),
                  writer)
              .build();
      writer.removeAllBut(copiedByJBake(config)::contains);
    } catch (RuntimeException e) {
      LOG.error("The site could not be written: {}", e.getMessage());
      throw new IllegalStateException("The site could not be written: " + e.getMessage(), e);
    }
    LOG.info(
        "Wrote {} pages of {} published files ({} read).",
        pages,
        index.published().size(),
        articles.size());
    Tasks.join(classpath);
    return new Baked(outcome, pages);
  }

  /**
   * The site paths JBake copies into the site once the bake is done: every file of the assets
   * folder, and every file of the content folder that is not Markdown (a PDF), at its path there.
   */
  private static Set<String> copiedByJBake(SiteConfig config) {
    Set<String> paths = new HashSet<>();
    addFiles(config.assetFolder(), name -> true, paths);
    addFiles(config.contentFolder(), name -> !name.endsWith(".md"), paths);
    return paths;
  }

  private static void addFiles(Path folder, Predicate<String> taken, Set<String> paths) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
          .filter(f -> taken.test(f.getFileName().toString()))
          .forEach(f -> paths.add(folder.relativize(f).toString().replace('\\', '/')));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  /**
   * What a bake wrote.
   *
   * @param checked what the check half read and found
   * @param pages how many pages were written
   */
  public record Baked(ContentCheck.Outcome checked, int pages) {}

  /**
   * Writes the variants of every picture of images/ into the site (made on all cores, or taken from
   * the cache).
   */
  private static Map<String, PictureVariants.Published> publishPictures(
      ContentCheck.Outcome outcome, SiteConfig config, SiteWriter writer) {
    Map<String, PictureVariants.Published> published;
    try {
      published =
          new PictureVariants(ContentCheck.picturesCache(config))
              .publish(outcome.pictures(), writer);
    } catch (UncheckedIOException e) {
      LOG.error("The pictures could not be written: {}", e.getMessage());
      throw new IllegalStateException("The pictures could not be written: " + e.getMessage(), e);
    }
    if (!published.isEmpty()) {
      LOG.info("Wrote the variants of {} pictures.", published.size());
    }
    return published;
  }

  /** The articles with their pictures as figures. */
  private static List<Article> withFigures(
      ContentCheck.Outcome outcome, Map<String, PictureVariants.Published> published) {
    if (published.isEmpty()) {
      return outcome.articles();
    }
    Figures figures = new Figures(published);
    return outcome.articles().stream()
        .map(a -> a.withBodyHtml(figures.apply(a.bodyHtml(), a.contentPath(), a.lang())))
        .toList();
  }

  /** Logs every problem and the build's last words, which it returns. */
  private static String fail(Problems problems, ProblemText text) {
    List<Problem> sorted = problems.sorted();
    for (Problem p : sorted) {
      LOG.error("{}", text.line(p));
    }
    String failure = ContentCheck.buildFailure(text, sorted);
    LOG.error(failure);
    return failure;
  }

  /**
   * Under JBake's Maven plugin, the SBOM of the classpath this bake ran with, beside the site
   * (target/sbom), checked against the banned versions.
   */
  private static void recordClasspath(SiteConfig config) {
    try {
      BakeClasspathSbom.record(SiteBake.class.getClassLoader(), config.output())
          .ifPresent(sbom -> LOG.info("Wrote the SBOM of the bake's classpath: {}", sbom));
    } catch (BakeClasspathSbom.BannedVersionException e) {
      for (String found : e.found()) {
        LOG.error("{}", found);
      }
      throw new IllegalStateException("The bake's classpath holds a banned version.", e);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "The SBOM of the bake's classpath could not be written: " + e.getMessage(), e);
    }
  }
}
