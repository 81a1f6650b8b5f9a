package org.beihaiyatsushiro.site.jbake;

import java.io.File;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.beihaiyatsushiro.site.bake.SiteBake;
import org.beihaiyatsushiro.site.check.ContentCheck;
import org.beihaiyatsushiro.site.check.ContentProblemsException;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentTypes;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Where JBake hands over to the extension: the site's one bake ({@link SiteBake}) reads and checks
 * every source once, then writes every page, feed and sitemap of the site.
 *
 * <p>It runs before JBake's own renderers (the extension comes first on the plugin's classpath) and
 * empties JBake's content store, so JBake's document renderer, which re-reads all documents of a
 * type for every page, has nothing to do. When any source has a problem, all problems are printed
 * as {@code path:line: message} and the bake ends with a {@link ContentProblemsException}, which
 * JBake does not catch: no page is written and JBake copies no asset. The exception carries no
 * stack trace, so the build ends with its message, the count of problems. A failure to write the
 * site is a {@link RenderingException}, which JBake records and the Maven plugin reports.
 */
public final class SiteRenderingTool implements RenderingTool {
  @Override
  public int render(Renderer renderer, ContentStore db, JBakeConfiguration jbake)
      throws RenderingException {
    emptyContentStore(db);
    BakeSession session = BakeSession.takeFor(jbake);
    try {
      SiteBake.Baked baked = SiteBake.bake(session.check());
      ContentCheck.Outcome checked = baked.checked();
      session.notices(checked.notices().stream().map(checked.text()::line).toList());
      return baked.pages();
    } catch (IllegalStateException e) {
      throw new RenderingException(e.getMessage(), e);
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
