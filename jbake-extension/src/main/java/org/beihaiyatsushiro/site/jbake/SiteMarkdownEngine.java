package org.beihaiyatsushiro.site.jbake;

import java.io.File;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;

/**
 * The site's {@code md} engine for JBake: it claims the Markdown files for the extension and gives
 * JBake nothing to keep.
 *
 * <p>JBake's crawler hands each file to the engine one after another and stores what the engine
 * returns in its content store, whose documents its own renderer would then turn into pages. The
 * site reads its content itself instead ({@link SiteRenderingTool} through {@link
 * org.beihaiyatsushiro.site.bake.SiteBake}: every file of content/, once, on all cores, every
 * problem at once), so this engine returns no document and JBake stores none. Storing the documents
 * of a large site and deleting them again before JBake's renderer saw them took almost a third of a
 * bake (JBake's store keeps indexes on values shared by every document, and each insert and delete
 * walks them).
 *
 * <p>Without this engine JBake's own Markdown engine would read the files, outside every check of
 * the site, and JBake would render them with its own templates. JBake logs each file it gets no
 * document for as "ignored" at warning level; the site's logging settings leave that out, as the
 * content check reports every file that really has a problem.
 */
public final class SiteMarkdownEngine extends MarkupEngine {
  @Override
  public DocumentModel parse(JBakeConfiguration config, File file) {
    return null;
  }
}
