package org.beihaiyatsushiro.site.jbake;

import java.io.File;
import java.util.Optional;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.ContentSchema;
import org.beihaiyatsushiro.site.content.PartialDate;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;

/**
 * The site's {@code md} engine for JBake: reads a file with {@link
 * org.beihaiyatsushiro.site.content.ContentReader} and hands JBake the document it needs to keep
 * its books.
 *
 * <p>A file with problems gives JBake only an unpublished placeholder; the problems wait in the
 * {@link BakeSession} and fail the bake once every file has been read, so an editor sees all of
 * them at once.
 */
public final class SiteMarkdownEngine extends MarkupEngine {
  @Override
  public DocumentModel parse(JBakeConfiguration config, File file) {
    BakeSession session = BakeSession.current();
    Optional<Article> read =
        session
            .reader(config.getSourceFolder().toPath(), config.getContentFolder().toPath())
            .read(file.toPath(), session.problems());
    session.add(file.toPath(), read);
    DocumentModel doc = new DocumentModel();
    if (read.isEmpty()) {
      // JBake would warn that the file "has an invalid header" and ignore it; the real problems
      // are printed with the others when the site is rendered, and the bake fails there.
      doc.setTitle(file.getName());
      doc.setType(ContentSchema.ARTICLE);
      doc.setStatus(Article.DRAFT);
      doc.setDate(PartialDate.ofYear(1970).toDate());
      doc.setBody("");
      return doc;
    }
    Article article = read.get();
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
