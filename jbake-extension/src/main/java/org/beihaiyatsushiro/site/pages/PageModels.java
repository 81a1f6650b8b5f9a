package org.beihaiyatsushiro.site.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.PartialDate;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.base.SitePaths;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.PageType;
import org.beihaiyatsushiro.site.i18n.DateText;
import org.beihaiyatsushiro.site.i18n.UiStrings;
import org.beihaiyatsushiro.site.share.ShareCard;
import org.beihaiyatsushiro.site.timeline.TimelinePages;

/**
 * Builds the model each template receives. Every HTML template gets {@code page} (this page) and
 * {@code t} (the UI strings of its language); a page type adds what only it shows.
 *
 * <p>All links in a model are relative to the page that will show them and name a file, so the site
 * works from disk and under any subpath.
 */
public final class PageModels {
  private final SiteConfig config;
  private final SiteIndex index;
  private final UiStrings strings;
  private final TimelinePages timeline;
  private final ShareModels share;

  public PageModels(SiteConfig config, SiteIndex index, UiStrings strings) {
    this.config = config;
    this.index = index;
    this.strings = strings;
    this.timeline = new TimelinePages(index.published(), config.asOf(), config.baseUrl(), strings);
    this.share = new ShareModels(config, index, strings);
  }

  /** The model of a content page (home, article, timeline). */
  public Map<String, Object> forPage(Article a) {
    String root = SitePaths.rootOf(a.outputPath());
    Map<String, Object> model = base(a.lang());
    Map<String, Object> page = pageBase(a.lang(), a.outputPath(), a.type().code(), root);
    page.put("key", a.key());
    page.put("title", a.title());
    page.put("body", a.bodyHtml());
    page.put("dateIso", a.date().iso());
    page.put("dateText", dateText(a.date(), a.lang()));
    // "Updated" only when the editor wrote a later day than the publication's.
    if (a.fieldLines().containsKey("updated") && !a.updated().equals(a.date())) {
      page.put("updatedIso", a.updated().iso());
      page.put("updatedText", dateText(a.updated(), a.lang()));
    }
    config.editUrlOf(a.sourcePath()).ifPresent(url -> page.put("editUrl", url));
    page.put(
        "switcher",
        switcher(a.lang(), lang -> index.translation(a, lang).map(t -> root + t.outputPath())));
    index.previous(a).ifPresent(p -> page.put("prev", link(p, root)));
    index.next(a).ifPresent(n -> page.put("next", link(n, root)));
    share.addTo(page, a);
    model.put("page", page);
    // Lists of the whole language only where they are shown, so a bake stays linear.
    if (a.type() == PageType.TIMELINE) {
      model.put("timeline", timeline.page(a, root));
    } else if (a.type() == PageType.HOME) {
      model.put("keyDates", timeline.keyDates(a.lang(), root));
      model.put("articleList", articleLinks(a.lang(), root));
    }
    return model;
  }

  /**
   * The share card of every page whose model was built so far, by the site path of its image: the
   * images the pages name.
   */
  public Map<String, ShareCard> shareCards() {
    return share.cards();
  }

  /** The TimelineJS data file of each language: site path to text. */
  public Map<String, String> timelineFiles() {
    return timeline.dataFiles();
  }

  /** The model of the language chooser at the site's root. */
  public Map<String, Object> forChooser() {
    Map<String, Object> model = base(Language.EN);
    Map<String, Object> page = pageBase(Language.EN, SitePaths.CHOOSER, "chooser");
    List<Map<String, Object>> choices = new ArrayList<>();
    for (Language lang : Language.values()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("tag", lang.tag());
      c.put("siteTitle", strings.get(lang, "site.title"));
      c.put("enter", strings.get(lang, "chooser.enter"));
      // The root page speaks every language: its heading, the occasion and the footer, in each.
      c.put("t", strings.of(lang));
      c.put("href", SitePaths.home(lang));
      choices.add(c);
    }
    page.put("choices", choices);
    // The front door's card: the site's title above, the years beside, and under it the occasion
    // in a line that fits the card whole (the tagline took four lines and was cut short).
    share.addTo(
        page,
        Language.EN,
        SitePaths.CHOOSER,
        null,
        strings.get(Language.EN, "occasion.since"),
        "meta.description.chooser",
        List.of(),
        "");
    model.put("page", page);
    return model;
  }

  /**
   * The model of a language's search page: the query script and the index scripts it loads (its own
   * language's at once, the others when the reader asks for all languages).
   */
  public Map<String, Object> forSearch(Language lang) {
    String sitePath = SitePaths.search(lang);
    String root = SitePaths.rootOf(sitePath);
    Map<String, Object> model = base(lang);
    Map<String, Object> page = pageBase(lang, sitePath, "search", root);
    page.put("title", strings.get(lang, "search.title"));
    page.put("switcher", switcher(lang, other -> Optional.of(root + SitePaths.search(other))));
    List<Map<String, Object>> indexes = new ArrayList<>();
    for (Language other : Language.values()) {
      indexes.add(Map.of("code", other.code(), "src", root + SitePaths.searchIndex(other)));
    }
    page.put("indexes", indexes);
    page.put("ownIndex", root + SitePaths.searchIndex(lang));
    page.put("script", root + SitePaths.SEARCH_SCRIPT);
    String title = strings.get(lang, "search.title");
    List<Language> others = new ArrayList<>(Language.all());
    others.remove(lang);
    share.addTo(page, lang, sitePath, title, title, "meta.description.search", others, root);
    model.put("page", page);
    return model;
  }

  /**
   * The model of the page GitHub Pages serves for a missing path.
   *
   * <p>It is served at whatever depth the missing path has (/repo/a/b/missing.html), so a relative
   * reference cannot work there: this page alone refers to the site's files by absolute paths under
   * the base URL's path ({@code /repo/css/site.css}). Absolute paths rather than a {@code <base
   * href>}: they work under any host that serves the site at that path, and keep the page's own
   * {@code #main} skip link on the page.
   */
  public Map<String, Object> forNotFound() {
    String root = config.basePath();
    Map<String, Object> model = base(Language.EN);
    Map<String, Object> page = pageBase(Language.EN, SitePaths.NOT_FOUND, "notfound", root);
    List<Map<String, Object>> messages = new ArrayList<>();
    for (Language lang : Language.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("tag", lang.tag());
      m.put("title", strings.get(lang, "notfound.title"));
      m.put("text", strings.get(lang, "notfound.text"));
      m.put("home", strings.get(lang, "nav.home"));
      m.put("href", root + SitePaths.home(lang));
      messages.add(m);
    }
    page.put("messages", messages);
    String title = strings.get(Language.EN, "notfound.title");
    share.addTo(
        page,
        Language.EN,
        SitePaths.NOT_FOUND,
        title,
        title,
        "meta.description.notfound",
        List.of(),
        root);
    model.put("page", page);
    return model;
  }

  /** The model of a language's Atom feed. */
  public Map<String, Object> forFeed(Language lang) {
    Map<String, Object> model = base(lang);
    List<Map<String, Object>> entries = new ArrayList<>();
    List<Article> pages = new ArrayList<>(index.pagesOf(lang));
    pages.sort(SiteIndex.PUBLICATION_ORDER.reversed());
    String updated = "1970-01-01T00:00:00Z";
    for (Article a : pages) {
      // The day the text last changed, from the source: never the build's clock.
      String changed = a.updated().start() + "T00:00:00Z";
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("title", a.title());
      e.put("url", config.urlOf(a.outputPath()));
      e.put("updated", changed);
      e.put("summary", a.summary());
      e.put("content", a.bodyHtml());
      entries.add(e);
      if (changed.compareTo(updated) > 0) {
        updated = changed;
      }
    }
    Map<String, Object> feed = new LinkedHashMap<>();
    feed.put("lang", lang.tag());
    feed.put("url", config.urlOf(SitePaths.feed(lang)));
    feed.put("home", config.urlOf(SitePaths.home(lang)));
    feed.put("updated", updated);
    feed.put("entries", entries);
    model.put("feed", feed);
    return model;
  }

  /**
   * The model of a sitemap listing the given pages, each with the same alternates as its own {@code
   * <link rel="alternate" hreflang>} lines.
   *
   * @param sitePaths pages by their path from the site root (zh/beihai.html, zh/search.html)
   */
  public Map<String, Object> forSitemap(List<String> sitePaths) {
    Map<String, Object> model = new LinkedHashMap<>();
    List<Map<String, Object>> urls = new ArrayList<>();
    for (String sitePath : sitePaths) {
      Map<String, Object> u = new LinkedHashMap<>();
      u.put("loc", config.urlOf(sitePath));
      index.pageAt(sitePath).ifPresent(a -> u.put("lastmod", a.updated().start().toString()));
      u.put("alternates", alternatesOf(sitePath));
      urls.add(u);
    }
    model.put("urls", urls);
    return model;
  }

  /** What the model of every page and feed has: {@code t}, the UI strings of its language. */
  private Map<String, Object> base(Language lang) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("t", strings.of(lang));
    return model;
  }

  private Map<String, Object> pageBase(Language lang, String sitePath, String type) {
    return pageBase(lang, sitePath, type, SitePaths.rootOf(sitePath));
  }

  /**
   * The parts every page has; {@code root} is what the page puts before a site path to refer to
   * that file (relative "../" steps, or the base path on the 404 page).
   */
  private Map<String, Object> pageBase(Language lang, String sitePath, String type, String root) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("lang", lang.code());
    page.put("htmlLang", lang.tag());
    page.put("type", type);
    page.put("root", root);
    page.put("home", root + SitePaths.home(lang));
    page.put("timeline", root + SitePaths.timeline(lang));
    page.put("feed", root + SitePaths.feed(lang));
    page.put("search", root + SitePaths.search(lang));
    page.put("url", config.urlOf(sitePath));
    page.put("alternates", alternatesOf(sitePath));
    return page;
  }

  /**
   * The language switcher of a page: each language, with a link to the page's version in it where
   * there is one.
   *
   * @param current the page's language
   * @param hrefOf the link to the page's version in a language, relative to the page
   */
  private List<Map<String, Object>> switcher(
      Language current, Function<Language, Optional<String>> hrefOf) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Language lang : Language.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", lang.code());
      m.put("tag", lang.tag());
      m.put("name", strings.get(lang, "language.name"));
      m.put("current", lang == current);
      Optional<String> href = hrefOf.apply(lang);
      href.ifPresent(h -> m.put("href", h));
      m.put("available", href.isPresent());
      // Said in the missing language, to the reader who looks for it.
      m.put("unavailableNote", strings.get(lang, "switch.unavailable"));
      out.add(m);
    }
    return out;
  }

  /**
   * The versions of the page at a site path in every language, plus x-default (the language
   * chooser): what both its {@code hreflang} links and its sitemap entry list.
   *
   * <p>A content page has its published translations; the chooser has the language homes; any other
   * page in a language folder is one the site writes for every language (such as a search page), so
   * it has the same path in each. The 404 page has none.
   */
  List<Map<String, Object>> alternatesOf(String sitePath) {
    Optional<Article> article = index.pageAt(sitePath);
    if (article.isPresent()) {
      return alternates(article.get());
    }
    List<Map<String, Object>> out = new ArrayList<>();
    int slash = sitePath.indexOf('/');
    if (sitePath.equals(SitePaths.CHOOSER)) {
      for (Language lang : Language.values()) {
        index
            .pageOfType(lang, PageType.HOME)
            .ifPresent(h -> out.add(alternate(lang.tag(), h.outputPath())));
      }
    } else if (slash > 0 && languageFolder(sitePath.substring(0, slash))) {
      String rest = sitePath.substring(slash + 1);
      for (Language lang : Language.values()) {
        out.add(alternate(lang.tag(), SitePaths.folder(lang) + rest));
      }
    } else {
      return out;
    }
    out.add(alternate("x-default", SitePaths.CHOOSER));
    return out;
  }

  private static boolean languageFolder(String folder) {
    return Language.ofFolder(folder).isPresent();
  }

  private List<Map<String, Object>> alternates(Article a) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map.Entry<Language, Article> e : index.translations(a.key()).entrySet()) {
      out.add(alternate(e.getKey().tag(), e.getValue().outputPath()));
    }
    out.add(alternate("x-default", SitePaths.CHOOSER));
    return out;
  }

  private Map<String, Object> alternate(String hreflang, String sitePath) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("hreflang", hreflang);
    m.put("url", config.urlOf(sitePath));
    return m;
  }

  private static Map<String, Object> link(Article a, String root) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", a.title());
    m.put("href", root + a.outputPath());
    return m;
  }

  private List<Map<String, Object>> articleLinks(Language lang, String root) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Article a : index.articlesOf(lang)) {
      Map<String, Object> m = link(a, root);
      m.put("summary", a.summary());
      out.add(m);
    }
    return out;
  }

  String dateText(PartialDate date, Language lang) {
    return DateText.format(date, lang, strings);
  }
}
