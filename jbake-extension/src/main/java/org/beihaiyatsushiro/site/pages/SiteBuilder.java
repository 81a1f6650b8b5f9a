package org.beihaiyatsushiro.site.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Parallel;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.base.SitePaths;
import org.beihaiyatsushiro.site.base.Tasks;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.i18n.UiStrings;
import org.beihaiyatsushiro.site.linebreak.LineBreaks;
import org.beihaiyatsushiro.site.search.IndexScript;
import org.beihaiyatsushiro.site.search.SearchDocument;
import org.beihaiyatsushiro.site.search.SearchIndex;
import org.beihaiyatsushiro.site.share.Emblem;
import org.beihaiyatsushiro.site.share.ShareImages;
import org.beihaiyatsushiro.site.share.SiteIcons;
import org.beihaiyatsushiro.site.share.WebManifest;

/**
 * Writes every page and file of the site from the index: the pages of each language, the search
 * page and search index of each language, the language chooser, the 404 page, the timeline data
 * files (TimelineJS), the share images, icons and web app manifests, the Atom feeds and the
 * sitemaps.
 */
public final class SiteBuilder {
  private final SiteConfig config;

  private final SiteIndex index;
  private final PageModels models;

  private final Templates templates;
  private final SiteWriter writer;
  private final UiStrings strings;
  private final LineBreaks lineBreaks;

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
    this.strings = strings;
    this.lineBreaks = LineBreaks.ofSite(config.dataFolder());
  }

  /** Writes the whole site; returns how many pages it wrote. */
  public int build() {
    // The search indexes take longest to make; the three are made on all cores while the pages
    // are written. The scripts do not depend on the order the work is done in.
    Map<Language, CompletableFuture<String>> searchScripts = new EnumMap<>(Language.class);
    for (Language lang : Language.values()) {
      searchScripts.put(lang, CompletableFuture.supplyAsync(() -> searchScript(lang)));
    }
    // The pages of every language in one run on all cores: no core idles at a language's end.
    List<Article> articles = new ArrayList<>();
    for (Language lang : Language.values()) {
      articles.addAll(index.pagesOf(lang));
    }
    int pages = writePages(articles);
    for (Language lang : Language.values()) {
      writer.write(SitePaths.searchIndex(lang), Tasks.join(searchScripts.get(lang)));
      writer.write(SitePaths.search(lang), page("search.ftlh", models.forSearch(lang)));
      pages++;
    }
    models.timelineFiles().forEach(writer::write);
    writer.write(SitePaths.CHOOSER, page("chooser.ftlh", models.forChooser()));
    writer.write(SitePaths.NOT_FOUND, page("notfound.ftlh", models.forNotFound()));
    for (Language lang : Language.values()) {
      writer.write(SitePaths.feed(lang), templates.render("feed.ftlx", models.forFeed(lang)));
    }
    writeSharing();
    writeSitemaps();
    return pages + 2;
  }

  /**
   * Writes the pages of articles on all cores: each page's model is made, its template filled, its
   * line breaks decided and its file written by the same thread, so only the pages being made are
   * held in memory.
   *
   * @return how many pages it wrote
   */
  private int writePages(List<Article> articles) {
    Parallel.forEach(
        articles.size(),
        i -> {
          Article a = articles.get(i);
          writer.write(a.outputPath(), page(a.type().template(), models.forPage(a)));
        });
    return articles.size();
  }

  /** An HTML page: its template filled, then its line breaks decided ({@link LineBreaks}). */
  private String page(String template, Map<String, Object> model) {
    return lineBreaks.apply(templates.render(template, model));
  }

  /**
   * Writes the share image of every page written so far (drawn on all cores, or taken from the
   * cache beside the output folder), the icons and each language's web app manifest.
   */
  private void writeSharing() {
    Emblem emblem = Emblem.of(readEmblem());
    ShareImages images =
        new ShareImages(emblem, lineBreaks, config.output().resolveSibling("share-images"));
    List<Map.Entry<String, Path>> drawn = List.copyOf(images.draw(models.shareCards()).entrySet());
    Parallel.forEach(
        drawn.size(), i -> writer.copy(drawn.get(i).getKey(), drawn.get(i).getValue()));
    new SiteIcons(emblem).draw().forEach(writer::write);
    for (Language lang : Language.values()) {
      writer.write(
          SitePaths.manifest(lang),
          WebManifest.of(
              lang,
              strings.get(lang, "site.title"),
              strings.get(lang, "site.shortName"),
              strings.get(lang, "site.tagline")));
    }
  }

  /** The emblem's SVG, from the assets JBake copies to the site (assets/img/emblem.svg). */
  private byte[] readEmblem() {
    Path file = config.assetFolder().resolve(SitePaths.EMBLEM);
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("the emblem " + file + " cannot be read", e);
    }
  }

  /**
   * Writes a sitemap per language folder, one for the pages at the root, and the index of them all.
   * Call it last: it lists every HTML page written before it, except the 404 page, so a page type
   * added later is in the sitemaps without being named here.
   */
  private void writeSitemaps() {
    List<String> pages =
        writer.written().stream()
            .filter(p -> p.endsWith(".html") && !p.equals(SitePaths.NOT_FOUND))
            .sorted()
            .toList();
    List<String> sitemaps = new ArrayList<>();
    for (Language lang : Language.values()) {
      String folder = SitePaths.folder(lang);
      List<String> ofLang = pages.stream().filter(p -> p.startsWith(folder)).toList();
      writer.write(
          SitePaths.sitemap(lang), templates.render("sitemap.ftlx", models.forSitemap(ofLang)));
      sitemaps.add(config.urlOf(SitePaths.sitemap(lang)));
    }
    List<String> atRoot = pages.stream().filter(p -> p.indexOf('/') < 0).toList();
    writer.write(
        SitePaths.ROOT_SITEMAP, templates.render("sitemap.ftlx", models.forSitemap(atRoot)));
    sitemaps.add(config.urlOf(SitePaths.ROOT_SITEMAP));
    writer.write(
        SitePaths.SITEMAP_INDEX,
        templates.render("sitemap-index.ftlx", Map.of("sitemaps", sitemaps)));
  }

  /** The search index of a language's published articles and events, as a script. */
  private String searchScript(Language lang) {
    List<SearchDocument> docs =
        SearchDocument.of(
            index.articlesOf(lang),
            index.eventsOf(lang),
            SitePaths.timeline(lang),
            a -> models.dateText(a.date(), lang));
    return IndexScript.of(lang, strings.get(lang, "language.name"), SearchIndex.build(docs));
  }
}
