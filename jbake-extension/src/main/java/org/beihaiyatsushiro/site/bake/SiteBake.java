package org.beihaiyatsushiro.site.bake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import org.beihaiyatsushiro.site.check.ContentCheck;
import org.beihaiyatsushiro.site.check.ContentProblemsException;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.ContentReader;
import org.beihaiyatsushiro.site.content.Problem;
import org.beihaiyatsushiro.site.content.Problems;
import org.beihaiyatsushiro.site.pages.SiteBuilder;
import org.beihaiyatsushiro.site.pages.SiteConfig;
import org.beihaiyatsushiro.site.pages.SiteIndex;
import org.beihaiyatsushiro.site.pages.SiteWriter;
import org.beihaiyatsushiro.site.pages.Templates;
import org.beihaiyatsushiro.site.sbom.BakeClasspathSbom;
import org.beihaiyatsushiro.site.translations.TranslationCheck;
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

  private final Sources sources;
  private final Function<String, Object> settings;

  /**
   * The site's source folders, as jbake.properties names them.
   *
   * @param siteRoot the folder of jbake.properties
   * @param content content/, the Markdown files
   * @param templates templates/, the Freemarker templates
   * @param assets assets/, whose files JBake copies to the site's root
   * @param data data/, with the UI strings in data/i18n
   */
  public record Sources(Path siteRoot, Path content, Path templates, Path assets, Path data) {
    public Sources {
      Objects.requireNonNull(siteRoot, "siteRoot");
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(templates, "templates");
      Objects.requireNonNull(assets, "assets");
      Objects.requireNonNull(data, "data");
    }
  }

  /**
   * @param settings looks a key up in jbake.properties (null when absent)
   */
  public SiteBake(Sources sources, Function<String, Object> settings) {
    this.sources = Objects.requireNonNull(sources, "sources");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The bake of the site whose folders jbake.properties in {@code siteRoot} names. */
  public static SiteBake of(Path siteRoot) {
    Properties jbake = SiteConfig.readProperties(siteRoot);
    return new SiteBake(
        new Sources(
            siteRoot,
            siteRoot.resolve(jbake.getProperty("content.folder", "content")),
            siteRoot.resolve(jbake.getProperty("template.folder", "templates")),
            siteRoot.resolve(jbake.getProperty("asset.folder", "assets")),
            siteRoot.resolve(jbake.getProperty("data.folder", "data"))),
        jbake::getProperty);
  }

  /** The check of the sources, the one reader of every file; {@link #check} runs it. */
  public ContentCheck contentCheck() {
    return new ContentCheck(
        new ContentReader(sources.siteRoot(), sources.content()),
        sources.assets(),
        sources.templates(),
        sources.data(),
        settings);
  }

  /**
   * The check half: reads and checks every source once (content, UI strings, settings, links and
   * special files, and on a strict site the translations), adding what is wrong to {@code
   * problems}. Writes nothing.
   */
  public ContentCheck.Outcome check(Problems problems) {
    ContentCheck check = contentCheck();
    ContentCheck.Outcome outcome = check.run(problems);
    check.translations(outcome.articles(), problems);
    return outcome;
  }

  /**
   * Reads and checks the sources once ({@link #check}) and, when nothing is wrong, writes the site
   * into {@code output} from what was read; otherwise logs every problem and throws.
   *
   * @param problems where the problems go, for whoever shows them (the preview)
   * @return what was checked and how many pages were written
   * @throws ContentProblemsException when any source has a problem, after every problem was logged
   *     as {@code path:line: message}; its message is the build's last words, with the count
   * @throws IllegalStateException when the site could not be written (a template that fails, a
   *     folder that cannot be written, a banned library on the classpath)
   */
  public Baked bake(Path output, Problems problems) {
    ContentCheck.Outcome outcome = check(problems);
    // Never silent, but no reason to stop: the article waits for its day.
    outcome.notices().forEach(n -> LOG.warn("{}", n));
    if (!problems.isEmpty()) {
      throw new ContentProblemsException(fail(problems));
    }
    // The check has reported wrong settings with their line, so they are valid here.
    SiteConfig config =
        SiteConfig.from(
            settings,
            sources.siteRoot(),
            sources.content(),
            sources.templates(),
            sources.assets(),
            sources.data(),
            output);
    List<Article> articles = outcome.articles();
    TranslationCheck.report(articles, config);
    SiteIndex index = new SiteIndex(articles);
    int pages;
    try {
      pages =
          new SiteBuilder(
                  config,
                  index,
                  outcome.strings().orElseThrow(),
                  new Templates(config.templateFolder()),
                  new SiteWriter(config.output()))
              .build();
    } catch (RuntimeException e) {
      LOG.error("The site could not be written: {}", e.getMessage());
      throw new IllegalStateException("The site could not be written: " + e.getMessage(), e);
    }
    LOG.info(
        "Wrote {} pages of {} published files ({} read).",
        pages,
        index.published().size(),
        articles.size());
    recordClasspath(config);
    return new Baked(outcome, pages);
  }

  /**
   * What a bake wrote.
   *
   * @param checked what the check half read and found
   * @param pages how many pages were written
   */
  public record Baked(ContentCheck.Outcome checked, int pages) {}

  /** Logs every problem and the build's last words, which it returns. */
  private static String fail(Problems problems) {
    for (Problem p : problems.sorted()) {
      LOG.error("{}", p);
    }
    String failure = ContentCheck.buildFailure(problems.size());
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
