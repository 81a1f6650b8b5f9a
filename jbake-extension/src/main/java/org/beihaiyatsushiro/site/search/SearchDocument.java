package org.beihaiyatsushiro.site.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.beihaiyatsushiro.site.content.Article;

/**
 * One thing a reader can find: a published article or a timeline event, with the text it is found
 * by and shown with.
 *
 * @param url where it is, relative to the site root: zh/beihai.html, or
 *     zh/timeline.html#1996-sister-cities for an event (its {@link Article#anchor})
 * @param title its title (searched first: a match in the title ranks above any match in the text)
 * @param date its date as the page writes it, shown beside the result
 * @param kind {@link #ARTICLE} or {@link #EVENT}
 * @param text its summary and body as plain text: what is searched and what snippets are cut from
 */
public record SearchDocument(String url, String title, String date, String kind, String text) {
  public static final String ARTICLE = "article";
  public static final String EVENT = "event";

  public SearchDocument {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    if (!ARTICLE.equals(kind) && !EVENT.equals(kind)) {
      throw new IllegalArgumentException("kind must be article or event, not " + kind);
    }
  }

  /**
   * The documents of one language: its articles, then its timeline events. Drafts are never
   * included, whatever list they come in.
   *
   * @param timeline the language's timeline page, relative to the site root, where events live
   * @param dateText how the language writes an article's date
   */
  public static List<SearchDocument> of(
      List<Article> articles,
      List<Article> events,
      String timeline,
      Function<Article, String> dateText) {
    List<SearchDocument> docs = new ArrayList<>();
    for (Article a : articles) {
      if (a.isPublished()) {
        docs.add(
            new SearchDocument(a.outputPath(), a.title(), dateText.apply(a), ARTICLE, text(a)));
      }
    }
    for (Article e : events) {
      if (e.isPublished()) {
        docs.add(
            new SearchDocument(
                timeline + "#" + e.anchor(), e.title(), dateText.apply(e), EVENT, text(e)));
      }
    }
    return docs;
  }

  private static String text(Article a) {
    String summary = a.summary() == null ? "" : a.summary().strip();
    String body = a.bodyText() == null ? "" : a.bodyText().strip();
    return summary.isEmpty() ? body : body.isEmpty() ? summary : summary + " " + body;
  }
}
