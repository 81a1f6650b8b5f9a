package org.beihaiyatsushiro.site.jbake;

import java.io.File;
import java.util.Optional;
import org.beihaiyatsushiro.site.content.Article;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;

/**
 * The site's {@code md} engine for JBake: reads a file with {@link
 * org.beihaiyatsushiro.site.content.ContentReader} and hands JBake the document it needs to keep
 * its books.
 *
 * <p>A file with problems gives JBake nothing; the problems wait in the {@link BakeSession} and
 * fail the bake once every file has been read, so an editor sees all of them at once.
 */
public final class SiteMarkdownEngine extends MarkupEngine {
  @Override
  public DocumentModel parse(JBakeConfiguration config, File file) {
    BakeSession session = BakeSession.current();
    Optional<Article> read =
        session
            .reader(config.getSourceFolder().toPath(), config.getContentFolder().toPath())
            .read(file.toPath(), session.problems());
    if (read.isEmpty()) {
      return null;
    }
    Article article = read.get();
    session.add(article);
    DocumentModel doc = new DocumentModel();
    doc.setTitle(article.title());
    doc.setDate(article.date().toDate());
    doc.setType(article.type());
    doc.setStatus(article.status());
    doc.setBody(article.bodyHtml());
    doc.setTags(article.tags().toArray(new String[0]));
    doc.put("lang", article.lang().code());
    doc.put("translation_key", article.key());
    doc.put("date_iso", article.date().iso());
    return doc;
  }
}
