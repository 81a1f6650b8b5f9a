package org.beihaiyatsushiro.site.jbake;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.check.ContentCheck;
import org.beihaiyatsushiro.site.check.ContentProblemsException;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.pages.SiteBuilder;
import org.beihaiyatsushiro.site.pages.SiteIndex;
import org.beihaiyatsushiro.site.pages.SiteWriter;
import org.beihaiyatsushiro.site.pages.Templates;
import org.beihaiyatsushiro.site.sbom.BakeClasspathSbom;
import org.beihaiyatsushiro.site.translations.TranslationCheck;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentTypes;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where JBake hands over to the extension: reading and checking all content (every file of
 * content/, on all cores), the translation status (a report beside the site), then every page, feed
 * and sitemap of the site.
 *
 * <p>It runs before JBake's own renderers (the extension comes first on the plugin's classpath) and
 * empties JBake's content store, so JBake's document renderer, which re-reads all documents of a
 * type for every page, has nothing to do. When any file has a problem, all problems are printed as
 * {@code path:line: message} and the bake fails without writing pages; when the sources hold a link
 * or a special file, the bake stops before JBake copies any asset.
 */
public final class SiteRenderingTool implements RenderingTool {
  private static final Logger LOG = LoggerFactory.getLogger(SiteRenderingTool.class);

  @Override
  public int render(Renderer renderer, ContentStore db, JBakeConfiguration jbake)
      throws RenderingException {
    emptyContentStore(db);
    Problems problems = BakeSession.current().problems();
    ContentCheck check = new ContentCheck(siteConfig(jbake));
    check.checkSourceFiles(problems);
    if (!problems.isEmpty()) {
      // A link or special file among the sources: JBake copies assets/ (following links) after
      // the rendering tools, unless one of them stops the bake by more than a RenderingException.
      throw new ContentProblemsException(fail(problems));
    }
    // The check reports wrong site settings with their line (they have their defaults meanwhile).
    ContentCheck.Outcome outcome = check.run(problems);
    // Never silent, but no reason to stop: the article waits for its day.
    outcome.notices().forEach(n -> LOG.warn("{}", n));
    BakeSession.current().notices(outcome.notices());
    SiteConfig config = check.config();
    TranslationCheck.run(outcome.articles(), config, problems);
    if (!problems.isEmpty()) {
      throw new RenderingException(fail(problems));
    }
    List<Article> articles = outcome.articles();
    SiteIndex index = new SiteIndex(articles);
    SiteWriter writer = new SiteWriter(config.output());
    try {
      int count =
          new SiteBuilder(
                  config,
                  index,
                  outcome.strings().orElseThrow(),
                  new Templates(config.templateFolder()),
                  writer)
              .build();
      LOG.info(
          "Wrote {} pages of {} published files ({} read).",
          count,
          index.published().size(),
          articles.size());
      recordClasspath(config);
      return count;
    } catch (BakeClasspathSbom.BannedVersionException e) {
      for (String found : e.found()) {
        LOG.error("{}", found);
      }
      throw new RenderingException("The bake's classpath holds a banned version.", e);
    } catch (RuntimeException e) {
      LOG.error("The site could not be written: {}", e.getMessage());
      throw new RenderingException("The site could not be written: " + e.getMessage(), e);
    }
  }

  /** Logs every problem and the build's last words, which it returns. */
  private static String fail(Problems problems) {
    for (Problem p : problems.sorted()) {
      LOG.error("{}", p);
    }
    String failure = ContentCheck.buildFailure(problems.size());
    LOG.error(failure);
    return failure;
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

  /**
   * Under JBake's Maven plugin, the SBOM of the classpath this bake ran with, beside the site
   * (target/sbom), checked against the banned versions.
   */
  private static void recordClasspath(SiteConfig config) throws RenderingException {
    try {
      BakeClasspathSbom.record(SiteRenderingTool.class.getClassLoader(), config.output())
          .ifPresent(sbom -> LOG.info("Wrote the SBOM of the bake's classpath: {}", sbom));
    } catch (IOException | IllegalArgumentException e) {
      throw new RenderingException(
          "The SBOM of the bake's classpath could not be written: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the site's settings from JBake's configuration, once per bake; the check reports each
   * wrong one at its line.
   */
  private static SiteConfig.Reading siteConfig(JBakeConfiguration jbake) {
    return SiteConfig.read(
        jbake::get,
        jbake.getSourceFolder().toPath(),
        jbake.getContentFolder().toPath(),
        jbake.getTemplateFolder().toPath(),
        jbake.getAssetFolder().toPath(),
        jbake.getDataFolder().toPath(),
        jbake.getDestinationFolder().toPath());
  }

  /**
   * Leaves JBake's document renderer nothing to do. The site's own engine gives JBake no document;
   * a file of content/ that another JBake engine read (an .html page, which the content check
   * reports) is removed too, so that JBake never renders it with its own templates. One statement
   * per type.
   */
  private static void emptyContentStore(ContentStore db) {
    for (String type : DocumentTypes.getDocumentTypes()) {
      db.deleteAllByDocType(type);
    }
  }
}
