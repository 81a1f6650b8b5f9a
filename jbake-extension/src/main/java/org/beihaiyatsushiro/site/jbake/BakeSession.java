package org.beihaiyatsushiro.site.jbake;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
  private final Map<Path, Optional<Article>> read = new LinkedHashMap<>();
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

  /** Records what reading a file gave: its article, or empty when it had problems. */
  public synchronized void add(Path file, Optional<Article> article) {
    read.put(file.toAbsolutePath().normalize(), article);
  }

  /** Every file read so far, with its article or empty. */
  public synchronized Map<Path, Optional<Article>> read() {
    return Map.copyOf(read);
  }
}
