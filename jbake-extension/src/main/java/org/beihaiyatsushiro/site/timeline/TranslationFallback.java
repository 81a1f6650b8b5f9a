package org.beihaiyatsushiro.site.timeline;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.i18n.Language;

/**
 * Which version of an event a language's timeline shows when the event is not (yet) published in
 * that language.
 *
 * <p>No event is left off a timeline for want of a translation. The page shows, in this order:
 *
 * <ol>
 *   <li>the event in the page's own language;
 *   <li>the original: the version in the language another version names as its {@code
 *       translated_from}, when that version is published;
 *   <li>otherwise the first published version in the order English, Chinese, Japanese (English
 *       being the language most readers of the other two read).
 * </ol>
 */
public final class TranslationFallback {
  /** The order of step 3 above. */
  public static final List<Language> ORDER = List.of(Language.EN, Language.ZH, Language.JA);

  private TranslationFallback() {}

  /**
   * The version a page in {@code lang} shows.
   *
   * @param versions the published versions of one event, by language (at least one)
   */
  public static Article choose(Map<Language, Article> versions, Language lang) {
    Objects.requireNonNull(lang, "lang");
    Article own = versions.get(lang);
    return own != null ? own : original(versions);
  }

  /** The version the others were translated from, or the first in {@link #ORDER}. */
  public static Article original(Map<Language, Article> versions) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("an event without any version");
    }
    for (Language l : ORDER) {
      Article a = versions.get(l);
      if (a != null && a.translatedFrom() != null) {
        Article source = Language.of(a.translatedFrom()).map(versions::get).orElse(null);
        if (source != null) {
          return source;
        }
      }
    }
    return ORDER.stream()
        .filter(versions::containsKey)
        .map(versions::get)
        .findFirst()
        .orElseThrow();
  }
}
