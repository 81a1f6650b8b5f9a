package org.beihaiyatsushiro.site.pages;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.base.SitePaths;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.PageType;
import org.beihaiyatsushiro.site.i18n.UiStrings;
import org.beihaiyatsushiro.site.share.ShareCard;
import org.beihaiyatsushiro.site.share.ShareImage;

/**
 * What a page tells the apps a link to it is shared in (WeChat, LINE, X …) and search engines: the
 * {@code page.description}, {@code page.share} and {@code page.icons} keys of every page's model
 * (docs/templates.md), that is the Open Graph and Twitter card tags, the share image, the JSON-LD
 * of articles and home pages, the icons and the web app manifest.
 *
 * <p>It also remembers the share card of every page it described, so that the bake draws exactly
 * the images the pages name ({@link #cards}).
 */
final class ShareModels {
  /** Gson escapes {@code <}, {@code >} and {@code &}, so no text can close the script element. */
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

  private final SiteConfig config;
  private final SiteIndex index;
  private final UiStrings strings;

  /** Filled by the threads that describe the pages, in any order. */
  private final Map<String, ShareCard> cards = new ConcurrentHashMap<>();

  ShareModels(SiteConfig config, SiteIndex index, UiStrings strings) {
    this.config = config;
    this.index = index;
    this.strings = strings;
  }

  /** Adds the keys to the model of a content page (home, article, timeline). */
  void addTo(Map<String, Object> page, Article a) {
    String root = SitePaths.rootOf(a.outputPath());
    List<Language> others = new ArrayList<>(index.translations(a.key()).keySet());
    others.remove(a.lang());
    String description =
        a.summary().isBlank() ? strings.get(a.lang(), "site.tagline") : a.summary();
    Map<String, Object> share =
        share(a.lang(), a.outputPath(), a.title(), a.title(), description, others);
    if (a.type() == PageType.ARTICLE) {
      share.put("type", "article");
      share.put("published", a.date().iso());
      share.put("modified", a.updated().iso());
      share.put("jsonLd", GSON.toJson(article(a, description)));
    } else if (a.type() == PageType.HOME) {
      share.put("jsonLd", GSON.toJson(webSite(a, description)));
    }
    page.put("description", description);
    page.put("share", share);
    page.put("icons", icons(a.lang(), root));
  }

  /**
   * Adds the keys to the model of a page that has no source file (search, chooser, 404).
   *
   * @param title the page's own title, or null when the page is the site's front door
   * @param cardTitle what its share image says under the site's title
   * @param descriptionKey the UI string that describes the page
   * @param others the languages the same page is in too
   * @param root what the page puts before a site path
   */
  void addTo(
      Map<String, Object> page,
      Language lang,
      String sitePath,
      String title,
      String cardTitle,
      String descriptionKey,
      List<Language> others,
      String root) {
    String description = strings.get(lang, descriptionKey);
    String ogTitle = title == null ? strings.get(lang, "site.title") : title;
    page.put("description", description);
    page.put("share", share(lang, sitePath, ogTitle, cardTitle, description, others));
    page.put("icons", icons(lang, root));
  }

  /** The share card of every page described so far, by the site path of its image, sorted. */
  Map<String, ShareCard> cards() {
    return Collections.unmodifiableMap(new TreeMap<>(cards));
  }

  private Map<String, Object> share(
      Language lang,
      String sitePath,
      String ogTitle,
      String cardTitle,
      String description,
      List<Language> others) {
    String imagePath = SitePaths.shareImage(sitePath);
    cards.put(
        imagePath,
        new ShareCard(
            lang, cardTitle, strings.get(lang, "site.title"), strings.get(lang, "occasion.years")));
    Map<String, Object> image = new LinkedHashMap<>();
    image.put("url", config.urlOf(imagePath));
    image.put("width", ShareImage.WIDTH);
    image.put("height", ShareImage.HEIGHT);
    image.put("alt", strings.get(lang, "share.imageAlt").replace("{title}", cardTitle));
    Map<String, Object> share = new LinkedHashMap<>();
    share.put("type", "website");
    share.put("title", ogTitle);
    share.put("description", description);
    share.put("locale", ogLocale(lang));
    share.put("localeAlternates", others.stream().map(ShareModels::ogLocale).toList());
    share.put("image", image);
    return share;
  }

  private Map<String, Object> icons(Language lang, String root) {
    Map<String, Object> icons = new LinkedHashMap<>();
    icons.put("png", root + SitePaths.ICON_32);
    icons.put("appleTouch", root + SitePaths.APPLE_TOUCH_ICON);
    icons.put("manifest", root + SitePaths.manifest(lang));
    return icons;
  }

  /**
   * Open Graph's locale of a language (language_TERRITORY): the territory is where the site's
   * readers of it are, and for English the spelling the site writes (British).
   */
  static String ogLocale(Language lang) {
    return switch (lang) {
      case ZH -> "zh_CN";
      case JA -> "ja_JP";
      case EN -> "en_GB";
    };
  }

  /**
   * An article as schema.org's Article. Its translations are linked the schema.org way: the
   * original names each translation as a {@code workTranslation}, a translation names the original
   * as its {@code translationOfWork} (both properties of CreativeWork, the inverse of each other).
   */
  private JsonObject article(Article a, String description) {
    String url = config.urlOf(a.outputPath());
    JsonObject o = new JsonObject();
    o.addProperty("@context", "https://schema.org");
    o.addProperty("@type", "Article");
    o.addProperty("@id", url);
    o.addProperty("url", url);
    o.addProperty("mainEntityOfPage", url);
    o.addProperty("headline", a.title());
    o.addProperty("description", description);
    o.addProperty("datePublished", a.date().iso());
    o.addProperty("dateModified", a.updated().iso());
    o.addProperty("inLanguage", a.lang().tag());
    o.addProperty("image", config.urlOf(SitePaths.shareImage(a.outputPath())));
    JsonObject site = new JsonObject();
    site.addProperty("@type", "WebSite");
    site.addProperty("name", strings.get(a.lang(), "site.title"));
    site.addProperty("url", config.urlOf(SitePaths.home(a.lang())));
    o.add("isPartOf", site);
    Map<Language, Article> versions = index.translations(a.key());
    Article original = Article.original(versions);
    if (original.lang() == a.lang()) {
      JsonArray translations = new JsonArray();
      for (Article t : versions.values()) {
        if (t.lang() != a.lang()) {
          translations.add(reference(t));
        }
      }
      if (!translations.isEmpty()) {
        o.add("workTranslation", translations);
      }
    } else {
      o.add("translationOfWork", reference(original));
    }
    return o;
  }

  private JsonObject reference(Article a) {
    String url = config.urlOf(a.outputPath());
    JsonObject o = new JsonObject();
    o.addProperty("@type", "Article");
    o.addProperty("@id", url);
    o.addProperty("url", url);
    o.addProperty("inLanguage", a.lang().tag());
    o.addProperty("headline", a.title());
    return o;
  }

  /** A language's home page as schema.org's WebSite, with the site's search. */
  private JsonObject webSite(Article home, String description) {
    JsonObject o = new JsonObject();
    o.addProperty("@context", "https://schema.org");
    o.addProperty("@type", "WebSite");
    o.addProperty("@id", config.urlOf(home.outputPath()));
    o.addProperty("url", config.urlOf(home.outputPath()));
    o.addProperty("name", strings.get(home.lang(), "site.title"));
    o.addProperty("headline", home.title());
    o.addProperty("description", description);
    o.addProperty("inLanguage", home.lang().tag());
    o.addProperty("image", config.urlOf(SitePaths.shareImage(home.outputPath())));
    JsonObject search = new JsonObject();
    search.addProperty("@type", "SearchAction");
    search.addProperty(
        "target", config.urlOf(SitePaths.search(home.lang())) + "?q={search_term_string}");
    search.addProperty("query-input", "required name=search_term_string");
    o.add("potentialAction", search);
    return o;
  }
}
