package org.beihaiyatsushiro.site.preview;

import org.jbake.app.ContentStore;

/**
 * JBake's content store, started once for the whole preview instead of once per bake.
 *
 * <p>JBake starts a new store at the beginning of every bake and closes it at the end; for the
 * in-memory store that means creating a database, which was 60 % of the time of a preview bake of
 * the real site. Keeping it changes nothing a bake writes: the site's own files never enter the
 * store (its Markdown engine gives JBake no document), the preview bakes with JBake's "clear
 * cache", which empties the store at the start of every bake, and the site's rendering tool empties
 * it again before JBake's renderers run.
 */
final class KeptContentStore extends ContentStore {
  private final String type;
  private final String name;
  private boolean started;

  KeptContentStore(String type, String name) {
    super(type, name);
    this.type = type;
    this.name = name;
  }

  /** Whether this store is the one a bake with these settings would use. */
  boolean matches(String type, String name) {
    return this.type.equals(type) && this.name.equals(name);
  }

  /** Starts the store at the first bake; later bakes find it started. */
  @Override
  public synchronized void startup() {
    if (!started) {
      super.startup();
      started = true;
    } else {
      // Any query makes the store's session the current one of the thread baking now.
      getDocumentCount("page");
    }
  }

  /** Left open at the end of a bake: {@link #dispose} closes it. */
  @Override
  public void close() {}

  @Override
  public void shutdown() {}

  /** Closes the store for good, when the preview stops. */
  synchronized void dispose() {
    if (started) {
      super.close();
      started = false;
    }
  }
}
