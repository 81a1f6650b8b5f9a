package org.beihaiyatsushiro.site.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.beihaiyatsushiro.site.i18n.Language;

/**
 * The front matter fields the site knows, and what each may hold.
 *
 * <p>The table below is the schema documented for editors (docs/editors-guide.*.md): a field
 * missing from it is refused with a "did you mean …?", so a misspelt {@code titel} cannot pass
 * unnoticed.
 */
public final class ContentSchema {
  public static final String HOME = "home";
  public static final String ARTICLE = "article";
  public static final String TIMELINE = "timeline";
  public static final String EVENT = "event";

  /** The content types; each has a template of the same name. */
  public static final List<String> TYPES = List.of(HOME, ARTICLE, TIMELINE, EVENT);

  /** The kinds of timeline event. */
  public static final List<String> KINDS = List.of("nations", "cities", "people");

  /**
   * How the timeline counts the years from an event to the site's as-of date: "50 years ago" (ago,
   * the default), "26 years of friendship" (friendship, for the event a friendship starts with) or
   * not at all (none).
   */
  public static final List<String> ANNIVERSARIES = List.of("ago", "friendship", "none");

  /** The anniversary of an event that does not say. */
  public static final String DEFAULT_ANNIVERSARY = "ago";

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-/][a-z0-9]+)*");

  /** Every known field, with a line of help shown when it is wrong. */
  public static final Map<String, String> FIELDS = fields();

  private static Map<String, String> fields() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("title", "the title of the page (required)");
    f.put("date", "YYYY, YYYY-MM or YYYY-MM-DD, only as precise as known (required)");
    f.put("type", "one of " + String.join(", ", TYPES) + " (required)");
    f.put("status", "published or draft (required)");
    f.put("summary", "one sentence for lists, feeds and search");
    f.put("tags", "a list of ASCII words, for example [beihai, statues]");
    f.put("translation_key", "links translations whose file names differ");
    f.put("lang", "the language, which must match the folder (zh, ja or en)");
    f.put("kind", "for events: nations, cities or people");
    f.put("article", "for events: a relative link to the full article, for example ../beihai.md");
    f.put(
        "anniversary",
        "for events: how the timeline counts the years since: ago (the default, \"50 years ago\"),"
            + " friendship (\"26 years of friendship\") or none");
    f.put("translated_from", "for translations: the language the text was translated from");
    f.put("updated", "YYYY-MM-DD of the last change to the text that translations must follow");
    f.put(
        "source_updated",
        "for translations: the source's 'updated' (or date) when this translation was made");
    return Map.copyOf(f);
  }

  private ContentSchema() {}

  /** The checked values of a front matter, before the body is added. */
  record Header(
      String type,
      String status,
      String title,
      PartialDate date,
      String summary,
      List<String> tags,
      String translationKey,
      String kind,
      String article,
      String anniversary,
      String translatedFrom,
      PartialDate updated,
      PartialDate sourceUpdated,
      Map<String, Integer> lines) {}

  /**
   * Checks a front matter against the schema and the folder the file is in.
   *
   * @return the header, or empty when a problem was recorded
   */
  static Optional<Header> check(FrontMatter fm, Language folderLang, String path, Problems out) {
    int before = out.size();
    Map<String, Integer> lines = new LinkedHashMap<>();
    for (FrontMatter.Field field : fm.fields().values()) {
      lines.put(field.key(), field.line());
      if (!FIELDS.containsKey(field.key())) {
        String hint =
            closest(field.key())
                .map(k -> "did you mean '" + k + "'?")
                .orElse(
                    "known fields: "
                        + String.join(", ", FIELDS.keySet().stream().sorted().toList()));
        out.add(path, field.line(), "unknown field '" + field.key() + "'", hint);
      }
    }
    String type = text(fm, "type", path, out, true);
    if (type != null && !TYPES.contains(type)) {
      out.add(path, lines.get("type"), "unknown type '" + type + "'", FIELDS.get("type"));
    }
    String status = text(fm, "status", path, out, true);
    if (status == null && fm.field("status").isEmpty()) {
      // text() has reported it missing
    } else if (status != null && !Set.of(Article.PUBLISHED, Article.DRAFT).contains(status)) {
      out.add(
          path,
          lines.get("status"),
          "status '" + status + "' is neither published nor draft",
          "write status: published to publish, status: draft to keep it private");
    }
    String title = text(fm, "title", path, out, true);
    PartialDate date = null;
    String dateText = text(fm, "date", path, out, true);
    if (dateText != null) {
      String[] why = new String[1];
      date = PartialDate.parse(dateText, why).orElse(null);
      if (date == null) {
        out.add(
            path, lines.get("date"), "the date '" + dateText + "' " + why[0], FIELDS.get("date"));
      }
    }
    String lang = text(fm, "lang", path, out, false);
    if (lang != null && Language.of(lang).filter(l -> l == folderLang).isEmpty()) {
      out.add(
          path,
          lines.get("lang"),
          "lang is '" + lang + "' but the file is in the folder content/" + folderLang.code() + "/",
          "move the file to the folder of its language, or correct lang");
    }
    List<String> tags = list(fm, "tags", path, out);
    for (String tag : tags) {
      if (!SLUG.matcher(tag).matches()) {
        out.add(
            path,
            lines.get("tags"),
            "the tag '" + tag + "' is not an ASCII word",
            FIELDS.get("tags"));
      }
    }
    String key = text(fm, "translation_key", path, out, false);
    if (key != null && !SLUG.matcher(key).matches()) {
      out.add(
          path,
          lines.get("translation_key"),
          "the translation_key '" + key + "' is not an ASCII slug",
          "use lower-case letters, digits and dashes, for example sister-cities");
    }
    String kind = text(fm, "kind", path, out, false);
    String article = text(fm, "article", path, out, false);
    String anniversary = text(fm, "anniversary", path, out, false);
    if (EVENT.equals(type)) {
      if (kind == null) {
        out.add(path, 1, "an event needs a kind", FIELDS.get("kind"));
      } else if (!KINDS.contains(kind)) {
        out.add(path, lines.get("kind"), "unknown kind '" + kind + "'", FIELDS.get("kind"));
      }
      if (anniversary == null) {
        anniversary = DEFAULT_ANNIVERSARY;
      } else if (!ANNIVERSARIES.contains(anniversary)) {
        out.add(
            path,
            lines.get("anniversary"),
            "unknown anniversary '" + anniversary + "'",
            FIELDS.get("anniversary"));
      }
    } else if (type != null) {
      for (String eventOnly : List.of("kind", "article", "anniversary")) {
        if (lines.containsKey(eventOnly)) {
          out.add(
              path,
              lines.get(eventOnly),
              "the field '" + eventOnly + "' belongs to events, and this file is a " + type,
              "remove it, or set type: event");
        }
      }
    }
    String translatedFrom = text(fm, "translated_from", path, out, false);
    if (translatedFrom != null && Language.of(translatedFrom).isEmpty()) {
      out.add(
          path,
          lines.get("translated_from"),
          "translated_from '" + translatedFrom + "' is not one of the site's languages",
          "write zh, ja or en");
    }
    PartialDate updated = date(fm, "updated", lines, path, out);
    PartialDate sourceUpdated = date(fm, "source_updated", lines, path, out);
    if (sourceUpdated != null && translatedFrom == null) {
      out.add(
          path,
          lines.get("source_updated"),
          "source_updated is given but not translated_from",
          "add translated_from: the language this text was translated from");
    }
    String summary = text(fm, "summary", path, out, false);
    if (out.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new Header(
            type,
            status,
            title,
            date,
            summary == null ? "" : summary,
            tags,
            key,
            kind,
            article,
            anniversary,
            translatedFrom,
            updated == null ? date : updated,
            sourceUpdated,
            lines));
  }

  private static String text(
      FrontMatter fm, String key, String path, Problems out, boolean required) {
    Optional<FrontMatter.Field> field = fm.field(key);
    if (field.isEmpty()) {
      if (required) {
        out.add(path, 1, "the field '" + key + "' is missing", key + ": " + FIELDS.get(key));
      }
      return null;
    }
    if (!(field.get().value() instanceof String s)) {
      out.add(
          path,
          field.get().line(),
          "the field '" + key + "' must be a single value, not a list",
          FIELDS.get(key));
      return null;
    }
    if (s.isBlank()) {
      out.add(path, field.get().line(), "the field '" + key + "' is empty", FIELDS.get(key));
      return null;
    }
    return s.strip();
  }

  private static PartialDate date(
      FrontMatter fm, String key, Map<String, Integer> lines, String path, Problems out) {
    String text = text(fm, key, path, out, false);
    if (text == null) {
      return null;
    }
    String[] why = new String[1];
    PartialDate d = PartialDate.parse(text, why).orElse(null);
    if (d == null) {
      out.add(path, lines.get(key), "the " + key + " '" + text + "' " + why[0], FIELDS.get(key));
    }
    return d;
  }

  private static List<String> list(FrontMatter fm, String key, String path, Problems out) {
    Optional<FrontMatter.Field> field = fm.field(key);
    if (field.isEmpty()) {
      return List.of();
    }
    Object value = field.get().value();
    List<String> items = new ArrayList<>();
    if (value instanceof List<?> l) {
      l.forEach(v -> items.add(String.valueOf(v).strip()));
    } else {
      for (String part : String.valueOf(value).split(",")) {
        if (!part.isBlank()) {
          items.add(part.strip());
        }
      }
    }
    return List.copyOf(items);
  }

  /** The known field nearest to a misspelt one, if it is near enough to be a typo. */
  static Optional<String> closest(String unknown) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String known : FIELDS.keySet()) {
      int d = distance(unknown.toLowerCase(), known);
      if (d < bestDistance) {
        bestDistance = d;
        best = known;
      }
    }
    return bestDistance <= Math.max(2, unknown.length() / 3) ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance: edits to turn one word into another. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
