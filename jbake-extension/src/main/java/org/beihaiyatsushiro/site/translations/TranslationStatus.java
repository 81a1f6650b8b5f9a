package org.beihaiyatsushiro.site.translations;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.PartialDate;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.PageType;
import org.beihaiyatsushiro.site.content.PublicationStatus;

/**
 * Every article of the site by translation key, and its state in each language: present, missing or
 * stale; with a warning, in the form {@code path:line: message (hint)}, for each missing or stale
 * translation and each translation whose front matter cannot tell.
 *
 * <p>A translation says what it was made from: {@code translated_from} (the source's language) and
 * {@code source_updated} (the source's {@code updated}, or its {@code date}, when it was
 * translated). It is stale when the source's {@code updated} (or {@code date}) is now later. A key
 * none of whose versions is published is work in progress: it is listed, but not warned about.
 */
public final class TranslationStatus {
  /** One article in one language. */
  public record Cell(TranslationState state, Article article, String note) {
    /** The file, or empty when there is none. */
    public Optional<Article> file() {
      return Optional.ofNullable(article);
    }

    /** The word shown in the table: present, stale, missing, or "missing (draft)". */
    public String word() {
      return article != null && state == TranslationState.MISSING
          ? state.word() + " (draft)"
          : state.word();
    }
  }

  /** One translation key: its type and its state in every language. */
  public record Row(String key, PageType type, Map<Language, Cell> cells) {}

  private final List<Row> rows;
  private final List<Problem> warnings;

  private TranslationStatus(List<Row> rows, List<Problem> warnings) {
    this.rows = List.copyOf(rows);
    this.warnings = List.copyOf(warnings);
  }

  /** The status of a site from every article read, published or draft. */
  public static TranslationStatus of(List<Article> articles) {
    Map<String, Map<Language, Article>> byKey = new TreeMap<>();
    for (Article a : articles) {
      byKey.computeIfAbsent(a.key(), k -> new EnumMap<>(Language.class)).put(a.lang(), a);
    }
    List<Row> rows = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    for (Map.Entry<String, Map<Language, Article>> entry : byKey.entrySet()) {
      rows.add(row(entry.getKey(), entry.getValue(), warnings));
    }
    warnings.sort(Problem.BY_PLACE);
    return new TranslationStatus(rows, warnings);
  }

  private static Row row(String key, Map<Language, Article> versions, List<Problem> warnings) {
    boolean published = versions.values().stream().anyMatch(Article::isPublished);
    Article original = Article.original(versions);
    Map<Language, Cell> cells = new EnumMap<>(Language.class);
    for (Language lang : Language.values()) {
      Article a = versions.get(lang);
      List<Problem> found = new ArrayList<>();
      Cell cell;
      if (a == null) {
        cell = new Cell(TranslationState.MISSING, null, "");
        String expected = samePlaceIn(original, lang);
        found.add(
            new Problem(
                original.sourcePath(),
                1,
                Message.TRANSLATION_MISSING.with(key, lang.code(), expected),
                Message.HINT_TRANSLATE_IT.with(
                    expected, original.lang().code(), original.updated().iso())));
      } else if (!a.isPublished()) {
        cell = new Cell(TranslationState.MISSING, a, PublicationStatus.DRAFT.code());
        found.add(
            new Problem(
                a.sourcePath(),
                a.lineOf("status"),
                Message.TRANSLATION_IS_A_DRAFT.with(lang.code(), key),
                Message.HINT_PUBLISH_THE_TRANSLATION.with()));
      } else {
        cell = published(key, a, versions, found);
      }
      cells.put(lang, cell);
      if (published) {
        warnings.addAll(found);
      }
    }
    return new Row(key, original.type(), cells);
  }

  private static Cell published(
      String key, Article a, Map<Language, Article> versions, List<Problem> found) {
    if (a.translatedFrom() == null) {
      return new Cell(TranslationState.PRESENT, a, "");
    }
    // The schema has made sure it names another of the site's languages.
    Article source = versions.get(a.translatedFrom());
    if (source == null) {
      found.add(
          new Problem(
              a.sourcePath(),
              a.lineOf("translated_from"),
              Message.TRANSLATED_FROM_NOT_FOUND.with(a.translatedFrom().code(), key),
              Message.HINT_TRANSLATED_FROM_NOT_FOUND.with()));
      return new Cell(TranslationState.PRESENT, a, "source not found");
    }
    PartialDate sourceNow = source.updated();
    if (a.sourceUpdated() == null) {
      found.add(
          new Problem(
              a.sourcePath(),
              a.lineOf("translated_from"),
              Message.SOURCE_UPDATED_MISSING.with(),
              Message.HINT_ADD_SOURCE_UPDATED.with(source.sourcePath(), sourceNow.iso())));
      return new Cell(TranslationState.PRESENT, a, "source_updated missing");
    }
    if (sourceNow.compareTo(a.sourceUpdated()) > 0) {
      found.add(
          new Problem(
              a.sourcePath(),
              a.lineOf("source_updated"),
              Message.TRANSLATION_STALE.with(
                  source.sourcePath(), sourceNow.iso(), a.sourceUpdated().iso()),
              Message.HINT_UPDATE_THE_TRANSLATION.with(sourceNow.iso())));
      return new Cell(
          TranslationState.STALE,
          a,
          source.sourcePath()
              + " updated "
              + sourceNow.iso()
              + ", translated "
              + a.sourceUpdated());
    }
    return new Cell(TranslationState.PRESENT, a, "");
  }

  /** Where the version of an article in another language would usually be: the same path. */
  private static String samePlaceIn(Article a, Language lang) {
    String contentFolder =
        a.sourcePath().substring(0, a.sourcePath().length() - a.contentPath().length());
    return contentFolder + lang.code() + a.contentPath().substring(a.contentPath().indexOf('/'));
  }

  /** Every translation key, sorted, with its state in every language. */
  public List<Row> rows() {
    return rows;
  }

  /** The missing and stale translations and unclear front matter, in file and line order. */
  public List<Problem> warnings() {
    return warnings;
  }

  /** How many articles are in a state in a language. */
  public long count(Language lang, TranslationState state) {
    return rows.stream().filter(r -> r.cells().get(lang).state() == state).count();
  }
}
