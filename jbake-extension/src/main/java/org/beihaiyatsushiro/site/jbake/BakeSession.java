package org.beihaiyatsushiro.site.jbake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.ContentReader;
import org.beihaiyatsushiro.site.content.Problems;

/**
 * What one bake has read so far: the articles and every problem found.
 *
 * <p>JBake calls the markup engine once per file and the rendering tools once per bake, with
 * nothing in between that could carry the articles; this session does, and {@link BakeStart} opens
 * a new one when JBake starts a bake.
 */
public final class BakeSession {
  private static volatile BakeSession current = new BakeSession();

  private final Problems problems = new Problems();
  private final List<Article> articles = new ArrayList<>();
  private ContentReader reader;
  private Path siteRoot;

  private BakeSession() {}

  /** Starts a new bake, forgetting the last one. */
  public static void begin() {
    current = new BakeSession();
  }

  public static BakeSession current() {
    return current;
  }

  /** The reader of this bake's site, created on first use. */
  public synchronized ContentReader reader(Path siteRoot, Path contentRoot) {
    if (reader == null || !siteRoot.equals(this.siteRoot)) {
      reader = new ContentReader(siteRoot, contentRoot);
      this.siteRoot = siteRoot;
    }
    return reader;
  }

  public Problems problems() {
    return problems;
  }

  public synchronized void add(Article article) {
    articles.add(article);
  }

  public synchronized List<Article> articles() {
    return List.copyOf(articles);
  }
}
