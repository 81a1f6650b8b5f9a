package org.beihaiyatsushiro.site.jbake;

import java.nio.file.Path;
import org.beihaiyatsushiro.site.content.ContentReader;
import org.beihaiyatsushiro.site.content.Problems;

/**
 * What one bake has found so far: every problem, and the reader of the site's files.
 *
 * <p>JBake creates the extension's pieces separately and calls the rendering tools once per bake;
 * this session carries what they share, and {@link BakeStart} opens a new one when JBake starts a
 * bake, so that a preview baking again and again never sees the last bake's problems.
 */
public final class BakeSession {
  private static volatile BakeSession current = new BakeSession();

  private final Problems problems = new Problems();
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
}
