package org.beihaiyatsushiro.site.jbake;

import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;

/** What JBake's oven bakes with, made as JBake's own factory makes it. */
public final class OvenParts {
  private OvenParts() {}

  /**
   * JBake's utensils for its settings, as {@code UtensilsFactory} makes them, but with the given
   * content store (the preview keeps one from bake to bake). Making the renderer makes JBake's
   * template engines, and so starts the bake's check ({@link BakeStart}).
   */
  public static Utensils withStore(JBakeConfiguration config, ContentStore store) {
    Utensils utensils = new Utensils();
    utensils.setConfiguration(config);
    utensils.setContentStore(store);
    utensils.setCrawler(new Crawler(store, config));
    utensils.setRenderer(new Renderer(store, config));
    utensils.setAsset(new Asset(config));
    return utensils;
  }
}
