package org.beihaiyatsushiro.site.timeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.PartialDate;
import org.beihaiyatsushiro.site.content.AnniversaryStyle;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.PageType;
import org.beihaiyatsushiro.site.i18n.DateText;
import org.beihaiyatsushiro.site.i18n.UiStrings;

/**
 * What the pages and files of the timeline show, built from one {@link Timeline} per bake: the
 * model of each timeline page (year index, years, events, anniversaries, JSON-LD), the key dates of
 * each home page, and the TimelineJS file of each language.
 *
 * <p>The home page lists all events of its language's timeline as its key dates, each linking to
 * the event's anchor on the timeline. Every word comes from the UI strings of the page's language;
 * an event shown in another language carries that language's tag and a note saying so.
 */
public final class TimelinePages {
  private final Timeline timeline;
  private final PartialDate asOf;
  private final String baseUrl;
  private final UiStrings strings;
  private final Map<String, Article> pagesByContentPath = new HashMap<>();
  private final Map<String, Map<Language, Article>> pagesByKey = new HashMap<>();
  private final Map<Language, Article> timelinePages = new EnumMap<>(Language.class);

  /**
   * @param published every published file of the site
   * @param asOf the date anniversaries are counted to (site.asOf)
   * @param baseUrl the absolute URL of the site's root, ending in '/'
   */
  public TimelinePages(
      List<Article> published, PartialDate asOf, String baseUrl, UiStrings strings) {
    this.timeline = new Timeline(published);
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.strings = Objects.requireNonNull(strings, "strings");
    for (Article a : published) {
      if (a.hasPage()) {
        pagesByContentPath.put(a.contentPath(), a);
        pagesByKey.computeIfAbsent(a.key(), k -> new EnumMap<>(Language.class)).put(a.lang(), a);
        if (a.type() == PageType.TIMELINE) {
          timelinePages.putIfAbsent(a.lang(), a);
        }
      }
    }
  }

  /**
   * The model of a timeline page: {@code years} (each with year, anchor, era, events), {@code
   * chapters} (each with anchor, title, yearsText, close and its years), {@code axis} (a {@link
   * TimelineAxis}), {@code asOf} (the sentence saying to which date years are counted), {@code
   * jsonLd} and {@code dataHref}.
   *
   * @param root the page's way back to the site root ("../")
   */
  public Map<String, Object> page(Article timelinePage, String root) {
    Language lang = timelinePage.lang();
    List<Map<String, Object>> years = new ArrayList<>();
    Map<Integer, Map<String, Object>> yearModels = new LinkedHashMap<>();
    for (TimelineYear y : timeline.years(lang)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("year", y.year());
      m.put("anchor", y.anchor());
      DateText.eraYears(PartialDate.ofYear(y.year()), lang, strings)
          .ifPresent(era -> m.put("era", era));
      List<Map<String, Object>> events = new ArrayList<>();
      for (TimelineEvent e : y.events()) {
        events.add(event(e, root));
      }
      m.put("events", events);
      years.add(m);
      yearModels.put(y.year(), m);
    }
    List<TimelineChapters.Chapter> chapters = chapters(lang);
    List<Map<String, Object>> chapterModels = new ArrayList<>();
    for (TimelineChapters.Chapter c : chapters) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("anchor", c.anchor());
      m.put("title", c.title());
      m.put("yearsText", yearsText(c, lang));
      m.put("close", c.close());
      m.put("years", c.years().stream().map(y -> yearModels.get(y.year())).toList());
      chapterModels.add(m);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("years", years);
    model.put("chapters", chapterModels);
    if (!chapters.isEmpty()) {
      model.put("axis", TimelineAxis.of(chapters, friendships(lang)));
    }
    model.put(
        "asOf",
        strings.get(lang, "timeline.asOf").replace("{date}", DateText.format(asOf, lang, strings)));
    model.put(
        "jsonLd",
        TimelineJsonLd.of(
            timelinePage.title(),
            baseUrl + timelinePage.outputPath(),
            lang,
            timeline.events(lang)));
    model.put("dataHref", root + dataPath(timelinePage));
    return model;
  }

  /** The chapters of a language's timeline, which closes in the year of site.asOf. */
  private List<TimelineChapters.Chapter> chapters(Language lang) {
    return TimelineChapters.of(timeline.years(lang), asOf.year(), lang, strings);
  }

  /** "1972–1983", or "2022" for a chapter of one year, in the page's language. */
  private String yearsText(TimelineChapters.Chapter c, Language lang) {
    if (c.from() == c.to()) {
      return strings.get(lang, "timeline.chapterYear").replace("{year}", String.valueOf(c.from()));
    }
    return strings
        .get(lang, "timeline.chapterYears")
        .replace("{from}", String.valueOf(c.from()))
        .replace("{to}", String.valueOf(c.to()));
  }

  /** The friendships counted to site.asOf on a language's timeline, as the axis shows them. */
  private List<TimelineAxis.Friendship> friendships(Language lang) {
    List<TimelineAxis.Friendship> out = new ArrayList<>();
    for (TimelineEvent e : timeline.events(lang)) {
      Article a = e.shown();
      if (a.anniversary() == AnniversaryStyle.FRIENDSHIP) {
        Anniversary.text(a.anniversary(), a.date(), asOf, lang, strings)
            .ifPresent(t -> out.add(new TimelineAxis.Friendship(a.date().year(), t)));
      }
    }
    return out;
  }

  /**
   * The key dates of a home page: {@code href} (the timeline) and {@code events} (every event of
   * the timeline, linking to its anchor); empty when the language has no timeline page.
   */
  public Map<String, Object> keyDates(Language lang, String root) {
    Article page = timelinePages.get(lang);
    if (page == null) {
      return Map.of();
    }
    String href = root + page.outputPath();
    List<Map<String, Object>> events = new ArrayList<>();
    for (TimelineEvent e : timeline.events(lang)) {
      Map<String, Object> m = common(e);
      m.put("href", href + "#" + e.anchor());
      if (!e.translated()) {
        m.put("untranslated", strings.get(lang, "timeline.untranslatedShort"));
      }
      events.add(m);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("href", href);
    model.put("events", events);
    return model;
  }

  /** The TimelineJS file of each language with a timeline page: site path to its text. */
  public Map<String, String> dataFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    for (Map.Entry<Language, Article> entry : timelinePages.entrySet()) {
      Language lang = entry.getKey();
      Article page = entry.getValue();
      List<TimelineJs.Slide> slides = new ArrayList<>();
      for (TimelineEvent e : timeline.events(lang)) {
        slides.add(
            new TimelineJs.Slide(
                e.anchor(),
                e.date(),
                DateText.format(e.date(), lang, strings),
                e.shown().title(),
                EventBody.rebase(
                    e.shown().bodyHtml(), sourcePage(e.shown()), sitePath -> baseUrl + sitePath),
                strings.get(lang, "event.kind." + e.kind().code())));
      }
      files.put(dataPath(page), TimelineJs.of(page.title(), page.summary(), slides));
    }
    return files;
  }

  private Map<String, Object> event(TimelineEvent e, String root) {
    Language lang = e.pageLang();
    Article a = e.shown();
    Map<String, Object> m = common(e);
    m.put("kind", e.kind().code());
    m.put("kindLabel", strings.get(lang, "event.kind." + e.kind().code()));
    String body = EventBody.rebase(a.bodyHtml(), sourcePage(a), sitePath -> root + sitePath);
    m.put("body", body);
    // The year's heading already says the year: a date known only to the year is not said again.
    m.put("showDate", a.date().precision() != PartialDate.Precision.YEAR);
    Anniversary.text(a.anniversary(), a.date(), asOf, lang, strings)
        .ifPresent(t -> m.put("anniversary", t));
    if (!e.translated()) {
      m.put("untranslated", strings.get(lang, "timeline.untranslated." + a.lang().code()));
    }
    Article full = a.eventArticle() == null ? null : pagesByContentPath.get(a.eventArticle());
    if (full != null) {
      Article inPageLang = pagesByKey.getOrDefault(full.key(), Map.of()).getOrDefault(lang, full);
      String pattern = strings.get(lang, "event.readMore");
      int at = pattern.indexOf("{title}");
      Map<String, Object> more = new LinkedHashMap<>();
      more.put("href", root + inPageLang.outputPath());
      more.put("before", at < 0 ? pattern : pattern.substring(0, at));
      if (at >= 0) {
        more.put("title", inPageLang.title());
        more.put("after", pattern.substring(at + "{title}".length()));
      }
      if (inPageLang.lang() != lang) {
        more.put("titleLang", inPageLang.lang().tag());
      }
      // A body that links to the article already leads there: no second link saying the same.
      if (!EventBody.linksTo(body, (String) more.get("href"))) {
        m.put("more", more);
      }
    }
    return m;
  }

  /** What the timeline page and the home page show alike of an event. */
  private Map<String, Object> common(TimelineEvent e) {
    Article a = e.shown();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("anchor", e.anchor());
    m.put("title", a.title());
    m.put("dateIso", a.date().iso());
    m.put("dateText", DateText.format(a.date(), e.pageLang(), strings));
    if (!e.translated()) {
      m.put("lang", a.lang().tag());
    }
    return m;
  }

  /** The site path an event's body links were written for: beside its source file. */
  private static String sourcePage(Article a) {
    return a.outputPath();
  }

  /** The TimelineJS file beside a timeline page: en/timeline.json. */
  private static String dataPath(Article timelinePage) {
    String page = timelinePage.outputPath();
    return page.substring(0, page.length() - ".html".length()) + ".json";
  }
}
