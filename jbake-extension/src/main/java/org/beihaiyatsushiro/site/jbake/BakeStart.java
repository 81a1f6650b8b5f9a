package org.beihaiyatsushiro.site.jbake;

import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.parser.Engines;
import org.jbake.template.ModelExtractor;

/**
 * JBake's first call into the extension at each bake.
 *
 * <p>JBake creates its model extractors anew when a bake starts, before it reads any content. This
 * one uses that moment to open a fresh {@link BakeSession} and to register the site's Markdown
 * engine for {@code md}, so it replaces JBake's own whatever the order of the plugin's classpath.
 * As a template variable ({@code site_languages}) it lists the language codes.
 */
public final class BakeStart implements ModelExtractor<List<String>> {
  public BakeStart() {
    BakeSession.begin();
    if (!(Engines.get("md") instanceof SiteMarkdownEngine)) {
      Engines.register("md", new SiteMarkdownEngine());
    }
  }

  @Override
  public List<String> get(ContentStore db, @SuppressWarnings("rawtypes") Map model, String key) {
    return org.beihaiyatsushiro.site.base.Language.all().stream()
        .map(org.beihaiyatsushiro.site.base.Language::code)
        .toList();
  }
}
