package org.beihaiyatsushiro.site.jbake;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.ContentSchema;
import org.beihaiyatsushiro.site.content.Problem;
import org.beihaiyatsushiro.site.content.Problems;
import org.beihaiyatsushiro.site.content.SiteChecks;
import org.beihaiyatsushiro.site.i18n.UiStrings;
import org.beihaiyatsushiro.site.pages.SiteBuilder;
import org.beihaiyatsushiro.site.pages.SiteConfig;
import org.beihaiyatsushiro.site.pages.SiteIndex;
import org.beihaiyatsushiro.site.pages.SiteWriter;
import org.beihaiyatsushiro.site.pages.Templates;
import org.beihaiyatsushiro.site.timeline.TimelineChecks;
import org.beihaiyatsushiro.site.translations.TranslationCheck;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where JBake hands over to the extension after reading the content: the site-wide checks, the
 * translation status (a report beside the site), then every page, feed and sitemap of the site.
 *
 * <p>It runs before JBake's own renderers (the extension comes first on the plugin's classpath) and
 * marks every document as rendered, so JBake's document renderer, which re-reads all documents of a
 * type for every page, has nothing left to do. When any file has a problem, all problems are
 * printed as {@code path:line: message} and the bake fails without writing pages.
 */
public final class SiteRenderingTool implements RenderingTool {
  private static final Logger LOG = LoggerFactory.getLogger(SiteRenderingTool.class);

  @Override
  public int render(Renderer renderer, ContentStore db, JBakeConfiguration jbake)
      throws RenderingException {
    markAllRendered(db);
    BakeSession session = BakeSession.current();
    Problems problems = session.problems();
    SiteConfig config = siteConfig(jbake);
    List<Article> articles = session.articles();
    SiteChecks.check(articles, sitePath -> assetExists(config, sitePath), problems);
    TimelineChecks.check(articles, problems);
    Optional<UiStrings> strings =
        UiStrings.load(config.dataFolder(), displayPath(config, config.dataFolder()), problems);
    TranslationCheck.run(articles, config, jbake::get, problems);
    if (!problems.isEmpty()) {
      for (Problem p : problems.sorted()) {
        LOG.error("{}", p);
      }
      throw new RenderingException(
          problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + " in the content; nothing was published. Each is listed above as file:line: message.");
    }
    SiteIndex index = new SiteIndex(articles);
    SiteWriter writer = new SiteWriter(config.output());
    try {
      int count =
          new SiteBuilder(
                  config,
                  index,
                  strings.orElseThrow(),
                  new Templates(config.templateFolder()),
                  writer)
              .build();
      LOG.info(
          "Wrote {} pages of {} published files ({} read).",
          count,
          index.published().size(),
          articles.size());
      return count;
    } catch (RuntimeException e) {
      LOG.error("The site could not be written: {}", e.getMessage());
      throw new RenderingException("The site could not be written: " + e.getMessage(), e);
    }
  }

  @Deprecated
  @Override
  public int render(
      Renderer renderer,
      ContentStore db,
      File destination,
      File templatesPath,
      CompositeConfiguration config)
      throws RenderingException {
    throw new RenderingException(
        "this JBake API is deprecated and not supported by the site's extension");
  }

  /** Reads the site's settings from JBake's configuration. */
  public static SiteConfig siteConfig(JBakeConfiguration jbake) {
    return SiteConfig.from(
        jbake::get,
        jbake.getSourceFolder().toPath(),
        jbake.getContentFolder().toPath(),
        jbake.getTemplateFolder().toPath(),
        jbake.getAssetFolder().toPath(),
        jbake.getDataFolder().toPath(),
        jbake.getDestinationFolder().toPath());
  }

  /**
   * Leaves JBake's document renderer nothing to do: this tool renders every document itself, from
   * the session. One statement per type removes them from JBake's store; marking each document as
   * rendered took one parsed SQL update per file, a quarter of a bake's time.
   */
  private static void markAllRendered(ContentStore db) {
    for (String type : ContentSchema.TYPES) {
      db.deleteAllByDocType(type);
    }
  }

  private static boolean assetExists(SiteConfig config, String sitePath) {
    return Files.isRegularFile(config.contentFolder().resolve(sitePath))
        || Files.isRegularFile(config.assetFolder().resolve(sitePath));
  }

  private static String displayPath(SiteConfig config, Path folder) {
    Path root = config.siteRoot().toAbsolutePath().normalize();
    Path abs = folder.toAbsolutePath().normalize();
    return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
