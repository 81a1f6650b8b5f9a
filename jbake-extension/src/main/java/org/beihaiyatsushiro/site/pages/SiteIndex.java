package org.beihaiyatsushiro.site.pages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.PageType;

/**
 * The published site, indexed once per bake: by language, by translation key and in reading order.
 *
 * <p>Templates and renderers ask this index and never scan all content per page, so a bake stays
 * linear in the number of articles.
 */
public final class SiteIndex {
  /**
   * Reading order, the order of the home page's list and of previous and next: the articles that
   * give their place ({@code order:}) in that order, then the others by date; equal dates by path,
   * so the order is stable. Events and other pages give no place, so they keep date order.
   */
  public static final Comparator<Article> READING_ORDER =
      Comparator.comparing(Article::order, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Article::date)
          .thenComparing(Article::contentPath);

  /** Publication order: by date, then by path; the feeds list the newest first. */
  public static final Comparator<Article> PUBLICATION_ORDER =
      Comparator.comparing(Article::date).thenComparing(Article::contentPath);

  private final List<Article> published;
  private final Map<Language, List<Article>> pagesByLang = new EnumMap<>(Language.class);
  private final Map<Language, List<Article>> eventsByLang = new EnumMap<>(Language.class);
  private final Map<Language, List<Article>> articlesByLang = new EnumMap<>(Language.class);
  private final Map<String, Map<Language, Article>> byKey = new LinkedHashMap<>();
  // By identity: an article's own equality compares its whole text.
  private final Map<Article, Integer> positionInLang = new IdentityHashMap<>();
  private final Map<String, Article> byOutputPath = new HashMap<>();

  public SiteIndex(List<Article> articles) {
    List<Article> sorted = new ArrayList<>(articles.stream().filter(Article::isPublished).toList());
    sorted.sort(READING_ORDER);
    this.published = List.copyOf(sorted);
    for (Language lang : Language.values()) {
      pagesByLang.put(lang, new ArrayList<>());
      eventsByLang.put(lang, new ArrayList<>());
    }
    for (Article a : published) {
      (a.hasPage() ? pagesByLang : eventsByLang).get(a.lang()).add(a);
      byKey.computeIfAbsent(a.key(), k -> new EnumMap<>(Language.class)).put(a.lang(), a);
      if (a.hasPage()) {
        byOutputPath.put(a.outputPath(), a);
      }
    }
    for (Language lang : Language.values()) {
      List<Article> articlesOnly =
          pagesByLang.get(lang).stream().filter(a -> a.type() == PageType.ARTICLE).toList();
      articlesByLang.put(lang, articlesOnly);
      for (int i = 0; i < articlesOnly.size(); i++) {
        positionInLang.put(articlesOnly.get(i), i);
      }
    }
  }

  /** Every published file, in reading order. */
  public List<Article> published() {
    return published;
  }

  /** The published files of a language that are pages of their own. */
  public List<Article> pagesOf(Language lang) {
    return Collections.unmodifiableList(pagesByLang.get(lang));
  }

  /** The published articles (type article) of a language, in reading order. */
  public List<Article> articlesOf(Language lang) {
    return articlesByLang.get(lang);
  }

  /** The published timeline events of a language, in date order. */
  public List<Article> eventsOf(Language lang) {
    return Collections.unmodifiableList(eventsByLang.get(lang));
  }

  /** The versions of one article, by language. */
  public Map<Language, Article> translations(String key) {
    return Collections.unmodifiableMap(byKey.getOrDefault(key, Map.of()));
  }

  /** The same article in another language, if published. */
  public Optional<Article> translation(Article a, Language lang) {
    return Optional.ofNullable(translations(a.key()).get(lang));
  }

  /** The published file whose page is at a site path (zh/beihai.html), if any. */
  public Optional<Article> pageAt(String sitePath) {
    return Optional.ofNullable(byOutputPath.get(sitePath));
  }

  /** The page of a given type in a language (the home, the timeline). */
  public Optional<Article> pageOfType(Language lang, PageType type) {
    return pagesByLang.get(lang).stream().filter(a -> a.type() == type).findFirst();
  }

  /** The article before this one in its language, if any. */
  public Optional<Article> previous(Article a) {
    Integer i = positionInLang.get(a);
    return i == null || i == 0 ? Optional.empty() : Optional.of(articlesOf(a.lang()).get(i - 1));
  }

  /** The article after this one in its language, if any. */
  public Optional<Article> next(Article a) {
    Integer i = positionInLang.get(a);
    List<Article> list = articlesOf(a.lang());
    return i == null || i + 1 >= list.size() ? Optional.empty() : Optional.of(list.get(i + 1));
  }
}
