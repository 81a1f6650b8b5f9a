package org.beihaiyatsushiro.site.jbake;

import java.io.Writer;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.parser.Engines;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JBake's first call into the extension at each bake, with JBake's settings: it starts the bake's
 * check of the sources, so that they are read while JBake is still starting.
 *
 * <p>JBake makes its template engines as it prepares a bake (under the Maven plugin and in the
 * preview alike), before it starts its content store, and it makes them from the engines listed on
 * its classpath, the extension's first. So this "template engine", listed for a file extension no
 * template has, is made with JBake's settings about two seconds before JBake hands the bake to the
 * extension ({@link SiteRenderingTool}): it opens a new {@link BakeSession}, whose check reads and
 * checks every source on a thread of its own meanwhile, and registers the site's Markdown engine
 * for {@code md}, so it replaces JBake's own whatever the order of the plugin's classpath. It
 * renders nothing.
 */
public final class BakeStart extends AbstractTemplateEngine {
  private static final Logger LOG = LoggerFactory.getLogger(BakeStart.class);

  public BakeStart(JBakeConfiguration config, ContentStore db) {
    super(config, db);
    if (!(Engines.get("md") instanceof SiteMarkdownEngine)) {
      Engines.register("md", new SiteMarkdownEngine());
    }
    try {
      BakeSession.begin(config);
    } catch (RuntimeException | Error e) {
      // JBake drops a template engine that fails to start with a debug line only: said here, as
      // the check then starts only when the site is rendered.
      LOG.warn("The check of the sources could not start early: {}", e.toString());
      throw e;
    }
  }

  @Override
  public void renderDocument(TemplateModel model, String templateName, Writer writer)
      throws RenderingException {
    throw new RenderingException(
        "the site's bake start is no template engine: " + templateName + " is not rendered");
  }
}
