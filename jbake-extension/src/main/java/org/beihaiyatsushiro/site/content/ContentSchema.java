package org.beihaiyatsushiro.site.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.PartialDate;
import org.beihaiyatsushiro.site.base.Phrase;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.base.Spelling;

/**
 * The front matter fields the site knows, and what each may hold.
 *
 * <p>The table below is the schema documented for editors (docs/editors-guide.*.md): a field
 * missing from it is refused with a "did you mean …?", so a misspelt {@code titel} cannot pass
 * unnoticed.
 */
public final class ContentSchema {
  /** The content types, {@link PageType}; each has a template of the same name. */
  public static final List<String> TYPES = PageType.codes();

  /** The kinds of timeline event. */
  public static final List<String> KINDS = EventKind.codes();

  /** How the timeline counts the years since an event: {@link AnniversaryStyle}. */
  public static final List<String> ANNIVERSARIES = AnniversaryStyle.codes();

  /** The anniversary of an event that does not say. */
  public static final AnniversaryStyle DEFAULT_ANNIVERSARY = AnniversaryStyle.AGO;

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-/][a-z0-9]+)*");

  /** Every known field, with what it holds: the schema documented for editors. */
  public static final Map<String, String> FIELDS = fields();

  /** The fields every file needs, each with an example line. */
  private static final Map<String, String> REQUIRED =
      Map.of(
          "title", "title: Beihai",
          "date", "date: 1996",
          "type", "type: article",
          "status", "status: published");

  private static Map<String, String> fields() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("title", "the title of the page; required");
    f.put("date", "YYYY, YYYY-MM or YYYY-MM-DD, only as precise as known; required");
    f.put("type", "one of " + String.join(", ", TYPES) + "; required");
    f.put("status", "published or draft; required");
    f.put("summary", "one sentence for lists, feeds and search");
    f.put(
        "order",
        "for articles: the place in the reading order (home list, previous and next), a whole"
            + " number from 1; the same in every translation");
    f.put("translation_key", "links translations whose file names differ");
    f.put("lang", "the language, which must match the folder: zh, ja or en");
    f.put("kind", "for events: " + String.join(", ", KINDS));
    f.put("article", "for events: a relative link to the full article, for example ../beihai.md");
    f.put(
        "anniversary",
        "for events: how the timeline counts the years since: ago (the default, \"50 years ago\"),"
            + " friendship (\"26 years of friendship\") or none");
    f.put("translated_from", "for translations: the language the text was translated from");
    f.put("updated", "YYYY-MM-DD of the last change to the text that translations must follow");
    f.put(
        "source_updated",
        "for translations: the source's 'updated' or date when this translation was made");
    return Collections.unmodifiableMap(f);
  }

  /**
   * Fields the site once had and no longer reads, each with what to do instead: refused with that
   * hint, so that no editor fills in a field that does nothing.
   */
  private static final Map<String, Message> RETIRED = Map.of("tags", Message.HINT_NO_TAGS);

  /** The highest reading order an article may give. */
  public static final int MAX_ORDER = 9999;

  private ContentSchema() {}

  /**
   * The checked values of a front matter, before the body is added. A value that is missing or
   * wrong is null (its problem is recorded), so that the rest of the file is still checked with
   * what could be read.
   */
  record Header(
      PageType type,
      PublicationStatus status,
      String title,
      PartialDate date,
      String summary,
      Integer order,
      String translationKey,
      EventKind kind,
      String article,
      AnniversaryStyle anniversary,
      Language translatedFrom,
      PartialDate updated,
      PartialDate sourceUpdated,
      Map<String, Integer> lines) {}

  /**
   * Checks a front matter against the schema and the folder the file is in.
   *
   * @return the header, with null for each value that is missing or wrong; those problems are
   *     recorded in {@code out}
   */
  static Header check(FrontMatter fm, Language folderLang, String path, Problems out) {
    Map<String, Integer> lines = new LinkedHashMap<>();
    for (FrontMatter.Field field : fm.fields().values()) {
      lines.put(field.key(), field.line());
      if (RETIRED.containsKey(field.key())) {
        out.add(
            path,
            field.line(),
            Message.FIELD_RETIRED.with(field.key()),
            RETIRED.get(field.key()).with());
      } else if (!FIELDS.containsKey(field.key())) {
        Phrase hint =
            closest(field.key())
                .map(k -> Message.HINT_DID_YOU_MEAN.with(k))
                .orElse(Message.HINT_THE_FIELDS_ARE.with(String.join(", ", FIELDS.keySet())));
        out.add(path, field.line(), Message.FIELD_UNKNOWN.with(field.key()), hint);
      }
    }
    String typeText = text(fm, "type", path, out);
    PageType type = typeText == null ? null : PageType.of(typeText).orElse(null);
    if (typeText != null && type == null) {
      out.add(
          path,
          lines.get("type"),
          Message.TYPE_UNKNOWN.with(typeText),
          Message.HINT_WRITE_ONE_OF.with(String.join(", ", TYPES)));
    }
    String statusText = text(fm, "status", path, out);
    PublicationStatus status =
        statusText == null ? null : PublicationStatus.of(statusText).orElse(null);
    if (statusText != null && status == null) {
      out.add(
          path,
          lines.get("status"),
          Message.STATUS_UNKNOWN.with(statusText),
          Message.HINT_STATUS_VALUES.with());
    }
    String title = text(fm, "title", path, out);
    PartialDate date = date(fm, "date", path, out);
    String lang = text(fm, "lang", path, out);
    if (lang != null && Language.of(lang).filter(l -> l == folderLang).isEmpty()) {
      out.add(
          path,
          lines.get("lang"),
          Message.LANG_NOT_THE_FOLDERS.with(lang, folderLang.code()),
          Message.HINT_MOVE_OR_CORRECT_LANG.with());
    }
    Integer order = order(fm, type, path, out);
    String key = text(fm, "translation_key", path, out);
    if (key != null && !SLUG.matcher(key).matches()) {
      out.add(
          path,
          lines.get("translation_key"),
          Message.TRANSLATION_KEY_NOT_PLAIN.with(key),
          Message.HINT_PLAIN_NAME.with());
      key = null;
    }
    String kindText = text(fm, "kind", path, out);
    String article = text(fm, "article", path, out);
    if (article != null
        && (article.contains(":") || article.startsWith("/") || !article.endsWith(".md"))) {
      out.add(
          path,
          lines.get("article"),
          Message.ARTICLE_FIELD_NOT_A_LINK.with(article),
          Message.HINT_ARTICLE_FIELD_EXAMPLE.with());
      article = null;
    }
    String anniversaryText = text(fm, "anniversary", path, out);
    EventKind kind = null;
    AnniversaryStyle anniversary = null;
    if (type == PageType.EVENT) {
      kind = kindText == null ? null : EventKind.of(kindText).orElse(null);
      if (!lines.containsKey("kind") && fm.complete()) {
        out.add(
            path,
            1,
            Message.EVENT_WITHOUT_KIND.with(),
            Message.HINT_ADD_A_KIND.with(String.join(", ", KINDS)));
      } else if (kindText != null && kind == null) {
        out.add(
            path,
            lines.get("kind"),
            Message.KIND_UNKNOWN.with(kindText),
            Message.HINT_WRITE_ONE_OF.with(String.join(", ", KINDS)));
      }
      anniversary =
          anniversaryText == null
              ? DEFAULT_ANNIVERSARY
              : AnniversaryStyle.of(anniversaryText).orElse(null);
      if (anniversary == null) {
        out.add(
            path,
            lines.get("anniversary"),
            Message.ANNIVERSARY_UNKNOWN.with(anniversaryText),
            Message.HINT_WRITE_ONE_OF.with(String.join(", ", ANNIVERSARIES)));
      }
    } else if (type != null) {
      for (String eventOnly : List.of("kind", "article", "anniversary")) {
        if (lines.containsKey(eventOnly)) {
          out.add(
              path,
              lines.get(eventOnly),
              Message.FIELD_ONLY_FOR_EVENTS.with(eventOnly, type.code()),
              Message.HINT_REMOVE_OR_MAKE_EVENT.with());
        }
      }
    }
    String translatedFromText = text(fm, "translated_from", path, out);
    Language translatedFrom =
        translatedFromText == null ? null : Language.of(translatedFromText).orElse(null);
    if (translatedFromText != null && translatedFrom == null) {
      out.add(
          path,
          lines.get("translated_from"),
          Message.TRANSLATED_FROM_UNKNOWN.with(translatedFromText),
          Message.HINT_WRITE_A_LANGUAGE.with());
    } else if (translatedFrom == folderLang) {
      out.add(
          path,
          lines.get("translated_from"),
          Message.TRANSLATED_FROM_OWN_LANGUAGE.with(folderLang.code()),
          Message.HINT_WRITE_THE_SOURCE_LANGUAGE.with());
      translatedFrom = null;
    }
    PartialDate updated = date(fm, "updated", path, out);
    PartialDate sourceUpdated = date(fm, "source_updated", path, out);
    if (lines.containsKey("source_updated") && !lines.containsKey("translated_from")) {
      out.add(
          path,
          lines.get("source_updated"),
          Message.SOURCE_UPDATED_WITHOUT_TRANSLATED_FROM.with(),
          Message.HINT_ADD_TRANSLATED_FROM.with());
    }
    String summary = text(fm, "summary", path, out);
    return new Header(
        type,
        status,
        title,
        date,
        summary == null ? "" : summary,
        order,
        key,
        kind,
        article,
        anniversary,
        translatedFrom,
        updated == null ? date : updated,
        sourceUpdated,
        lines);
  }

  /**
   * The text of a field, or null when it is absent (a problem if it is required), a list, or empty.
   */
  private static String text(FrontMatter fm, String key, String path, Problems out) {
    Optional<FrontMatter.Field> field = fm.field(key);
    if (field.isEmpty()) {
      if (REQUIRED.containsKey(key) && fm.complete()) {
        out.add(
            path,
            1,
            Message.FIELD_MISSING.with(key),
            Message.HINT_ADD_A_LINE_SUCH_AS.with(REQUIRED.get(key)));
      }
      return null;
    }
    int line = field.get().line();
    if (!(field.get().value() instanceof String s)) {
      out.add(path, line, Message.FIELD_IS_A_LIST.with(key), Message.HINT_ONE_VALUE.with(key));
      return null;
    }
    if (s.isBlank()) {
      out.add(
          path,
          line,
          Message.FIELD_EMPTY.with(key),
          REQUIRED.containsKey(key)
              ? Message.HINT_WRITE_A_VALUE_FOR_EXAMPLE.with(key, REQUIRED.get(key))
              : Message.HINT_WRITE_A_VALUE_OR_REMOVE.with(key));
      return null;
    }
    return s.strip();
  }

  /** The reading order of an article, or null when it gives none (or a wrong one, reported). */
  private static Integer order(FrontMatter fm, PageType type, String path, Problems out) {
    String text = text(fm, "order", path, out);
    if (text == null) {
      return null;
    }
    int line = fm.field("order").orElseThrow().line();
    if (type != null && type != PageType.ARTICLE) {
      out.add(
          path,
          line,
          Message.ORDER_ONLY_FOR_ARTICLES.with(type.code()),
          type == PageType.EVENT
              ? Message.HINT_EVENTS_ORDERED_BY_DATE.with()
              : Message.HINT_REMOVE_THE_LINE.with());
      return null;
    }
    if (!text.matches("[0-9]{1,4}") || Integer.parseInt(text) < 1) {
      out.add(
          path,
          line,
          Message.ORDER_NOT_A_NUMBER.with(text, MAX_ORDER),
          Message.HINT_ORDER_EXAMPLE.with());
      return null;
    }
    return Integer.parseInt(text);
  }

  private static PartialDate date(FrontMatter fm, String key, String path, Problems out) {
    String text = text(fm, key, path, out);
    if (text == null) {
      return null;
    }
    Phrase[] why = new Phrase[1];
    PartialDate d = PartialDate.parse(text, why).orElse(null);
    if (d == null) {
      out.add(
          path,
          fm.field(key).orElseThrow().line(),
          key.equals("date")
              ? Message.DATE_WRONG.with(text, why[0])
              : Message.DATE_IN_FIELD_WRONG.with(key, text, why[0]),
          Message.HINT_DATE_FORMS.with());
    }
    return d;
  }

  /** The known field nearest to a misspelt one, if it is near enough to be a typo. */
  static Optional<String> closest(String unknown) {
    return Spelling.closest(unknown, FIELDS.keySet());
  }
}
