package org.beihaiyatsushiro.site.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.PartialDate;
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

  private static final String DATE_FORMS =
      "write the date as YYYY, YYYY-MM or YYYY-MM-DD, only as precise as it is known";

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
  private static final Map<String, String> RETIRED =
      Map.of(
          "tags",
          "the site has no tag or topic pages, so tags would show nowhere; remove the line, and link"
              + " related articles in the text instead");

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
            "the field '" + field.key() + "' is no longer used",
            RETIRED.get(field.key()));
      } else if (!FIELDS.containsKey(field.key())) {
        String hint =
            closest(field.key())
                .map(k -> "did you mean '" + k + "'?")
                .orElse("the fields are: " + String.join(", ", FIELDS.keySet()));
        out.add(path, field.line(), "unknown field '" + field.key() + "'", hint);
      }
    }
    String typeText = text(fm, "type", path, out);
    PageType type = typeText == null ? null : PageType.of(typeText).orElse(null);
    if (typeText != null && type == null) {
      out.add(
          path,
          lines.get("type"),
          "unknown type '" + typeText + "'",
          "write one of: " + String.join(", ", TYPES));
    }
    String statusText = text(fm, "status", path, out);
    PublicationStatus status =
        statusText == null ? null : PublicationStatus.of(statusText).orElse(null);
    if (statusText != null && status == null) {
      out.add(
          path,
          lines.get("status"),
          "status '" + statusText + "' is neither published nor draft",
          "write status: published to publish, status: draft to keep it private");
    }
    String title = text(fm, "title", path, out);
    PartialDate date = date(fm, "date", "the date", path, out);
    String lang = text(fm, "lang", path, out);
    if (lang != null && Language.of(lang).filter(l -> l == folderLang).isEmpty()) {
      out.add(
          path,
          lines.get("lang"),
          "lang is '" + lang + "' but the file is in the folder content/" + folderLang.code() + "/",
          "move the file to the folder of its language, or correct lang");
    }
    Integer order = order(fm, type, path, out);
    String key = text(fm, "translation_key", path, out);
    if (key != null && !SLUG.matcher(key).matches()) {
      out.add(
          path,
          lines.get("translation_key"),
          "the translation_key '" + key + "' is not a plain ASCII name",
          "use lower-case letters, digits and dashes, for example sister-cities");
      key = null;
    }
    String kindText = text(fm, "kind", path, out);
    String article = text(fm, "article", path, out);
    if (article != null
        && (article.contains(":") || article.startsWith("/") || !article.endsWith(".md"))) {
      out.add(
          path,
          lines.get("article"),
          "the field 'article' must be a relative link to an article's .md file, not '"
              + article
              + "'",
          "for example article: ../beihai.md");
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
            "an event needs a kind",
            "add a line such as 'kind: cities'; the kinds are: " + String.join(", ", KINDS));
      } else if (kindText != null && kind == null) {
        out.add(
            path,
            lines.get("kind"),
            "unknown kind '" + kindText + "'",
            "write one of: " + String.join(", ", KINDS));
      }
      anniversary =
          anniversaryText == null
              ? DEFAULT_ANNIVERSARY
              : AnniversaryStyle.of(anniversaryText).orElse(null);
      if (anniversary == null) {
        out.add(
            path,
            lines.get("anniversary"),
            "unknown anniversary '" + anniversaryText + "'",
            "write one of: " + String.join(", ", ANNIVERSARIES));
      }
    } else if (type != null) {
      for (String eventOnly : List.of("kind", "article", "anniversary")) {
        if (lines.containsKey(eventOnly)) {
          out.add(
              path,
              lines.get(eventOnly),
              "the field '"
                  + eventOnly
                  + "' is only for events, and this file has type: "
                  + type.code(),
              "remove the line, or write type: event");
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
          "translated_from '" + translatedFromText + "' is not one of the site's languages",
          "write zh, ja or en");
    } else if (translatedFrom == folderLang) {
      out.add(
          path,
          lines.get("translated_from"),
          "translated_from names the file's own language, " + folderLang.code(),
          "write the language the text was translated from, or remove the line");
      translatedFrom = null;
    }
    PartialDate updated = date(fm, "updated", "the date in 'updated'", path, out);
    PartialDate sourceUpdated =
        date(fm, "source_updated", "the date in 'source_updated'", path, out);
    if (lines.containsKey("source_updated") && !lines.containsKey("translated_from")) {
      out.add(
          path,
          lines.get("source_updated"),
          "source_updated is given but not translated_from",
          "add translated_from: the language this text was translated from");
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
            "the field '" + key + "' is missing",
            "add a line such as '" + REQUIRED.get(key) + "' to the front matter");
      }
      return null;
    }
    int line = field.get().line();
    if (!(field.get().value() instanceof String s)) {
      out.add(
          path,
          line,
          "the field '" + key + "' must be a single value, not a list",
          "write one value after '" + key + ":', without brackets or dashes");
      return null;
    }
    if (s.isBlank()) {
      out.add(
          path,
          line,
          "the field '" + key + "' is empty",
          REQUIRED.containsKey(key)
              ? "write a value after '" + key + ":', for example " + REQUIRED.get(key)
              : "write a value after '" + key + ":', or remove the line");
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
          "the field 'order' is only for articles, and this file has type: " + type.code(),
          type == PageType.EVENT
              ? "remove the line: the timeline orders events by their date"
              : "remove the line");
      return null;
    }
    if (!text.matches("[0-9]{1,4}") || Integer.parseInt(text) < 1) {
      out.add(
          path,
          line,
          "order '" + text + "' is not a whole number from 1 to " + MAX_ORDER,
          "write the article's place in the reading order, for example order: 3");
      return null;
    }
    return Integer.parseInt(text);
  }

  private static PartialDate date(
      FrontMatter fm, String key, String what, String path, Problems out) {
    String text = text(fm, key, path, out);
    if (text == null) {
      return null;
    }
    String[] why = new String[1];
    PartialDate d = PartialDate.parse(text, why).orElse(null);
    if (d == null) {
      out.add(
          path, fm.field(key).orElseThrow().line(), what + " '" + text + "' " + why[0], DATE_FORMS);
    }
    return d;
  }

  /** The known field nearest to a misspelt one, if it is near enough to be a typo. */
  static Optional<String> closest(String unknown) {
    return Spelling.closest(unknown, FIELDS.keySet());
  }
}
