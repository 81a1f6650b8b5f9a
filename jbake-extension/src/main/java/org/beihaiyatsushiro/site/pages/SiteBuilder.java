package org.beihaiyatsushiro.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.i18n.Language;
import org.beihaiyatsushiro.site.i18n.UiStrings;

/**
 * Writes every page and file of the site from the index: the pages of each language, the language
 * chooser, the 404 page, the timeline data files (TimelineJS), the Atom feeds and the sitemaps.
 */
public final class SiteBuilder {
  private final SiteConfig config;
  private final SiteIndex index;
  private final PageModels models;
  private final Templates templates;
  private final SiteWriter writer;

  public SiteBuilder(
      SiteConfig config,
      SiteIndex index,
      UiStrings strings,
      Templates templates,
      SiteWriter writer) {
    this.config = config;
    this.index = index;
    this.models = new PageModels(config, index, strings);
    this.templates = templates;
    this.writer = writer;
  }

  /** Writes the whole site; returns how many pages it wrote. */
  public int build() {
    int pages = 0;
    for (Language lang : Language.values()) {
      for (Article a : index.pagesOf(lang)) {
        writer.write(a.outputPath(), templates.render(a.type() + ".ftlh", models.forPage(a)));
        pages++;
      }
    }
    models.timelineFiles().forEach(writer::write);
    writer.write("index.html", templates.render("chooser.ftlh", models.forChooser()));
    writer.write("404.html", templates.render("notfound.ftlh", models.forNotFound()));
    for (Language lang : Language.values()) {
      writer.write(lang.code() + "/feed.xml", templates.render("feed.ftlx", models.forFeed(lang)));
      writer.write(
          lang.code() + "/sitemap.xml",
          templates.render("sitemap.ftlx", models.forSitemap(index.pagesOf(lang))));
    }
    writer.write(
        "sitemap-root.xml",
        templates.render("sitemap-root.ftlx", Map.of("chooser", config.urlOf("index.html"))));
    List<String> sitemaps = new ArrayList<>();
    for (Language lang : Language.values()) {
      sitemaps.add(config.urlOf(lang.code() + "/sitemap.xml"));
    }
    sitemaps.add(config.urlOf("sitemap-root.xml"));
    writer.write(
        "sitemap.xml", templates.render("sitemap-index.ftlx", Map.of("sitemaps", sitemaps)));
    return pages + 2;
  }
}
