package org.beihaiyatsushiro.site.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.PageType;

/**
 * The timeline of every language, built once per bake from the published events.
 *
 * <p>Each language lists every event published in any language (an untranslated one in the language
 * {@link TranslationFallback} picks), in {@link TimelineEvent#ORDER}, grouped by year. Since every
 * version of an event has one date ({@link TimelineChecks}), all languages list the same events in
 * the same order under the same anchors.
 */
public final class Timeline {
  private final Map<Language, List<TimelineEvent>> events = new EnumMap<>(Language.class);
  private final Map<Language, List<TimelineYear>> years = new EnumMap<>(Language.class);

  /**
   * @param published the published files of the site; those of type event make the timeline
   */
  public Timeline(List<Article> published) {
    Map<String, Map<Language, Article>> byKey = byKey(published);
    for (Language lang : Language.values()) {
      List<TimelineEvent> list = new ArrayList<>(byKey.size());
      for (Map<Language, Article> versions : byKey.values()) {
        Article shown = TranslationFallback.choose(versions, lang);
        list.add(new TimelineEvent(shown.anchor(), shown, lang));
      }
      list.sort(TimelineEvent.ORDER);
      events.put(lang, List.copyOf(list));
      years.put(lang, group(list));
    }
  }

  /** The published events by translation key, sorted by key; each with its versions. */
  static Map<String, Map<Language, Article>> byKey(List<Article> articles) {
    Map<String, Map<Language, Article>> byKey = new TreeMap<>();
    for (Article a : articles) {
      if (a.isPublished() && a.type() == PageType.EVENT) {
        byKey.computeIfAbsent(a.key(), k -> new EnumMap<>(Language.class)).put(a.lang(), a);
      }
    }
    return byKey;
  }

  /** The events of a language's timeline, in date order. */
  public List<TimelineEvent> events(Language lang) {
    return events.get(lang);
  }

  /** The events of a language's timeline grouped by year, earliest year first. */
  public List<TimelineYear> years(Language lang) {
    return years.get(lang);
  }

  private static List<TimelineYear> group(List<TimelineEvent> sorted) {
    List<TimelineYear> out = new ArrayList<>();
    List<TimelineEvent> current = new ArrayList<>();
    for (TimelineEvent e : sorted) {
      if (!current.isEmpty() && current.get(0).date().year() != e.date().year()) {
        out.add(new TimelineYear(current.get(0).date().year(), current));
        current.clear();
      }
      current.add(e);
    }
    if (!current.isEmpty()) {
      out.add(new TimelineYear(current.get(0).date().year(), current));
    }
    return Collections.unmodifiableList(out);
  }
}
