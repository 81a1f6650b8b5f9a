package org.beihaiyatsushiro.site.translations;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.i18n.ProblemText;

/**
 * The translation status as editors and tools read it: a Markdown table (translations.md) and the
 * same facts as JSON (translations.json), in the reports folder beside the site's output, never in
 * the published site. Nothing in it depends on the clock, so two builds of the same sources write
 * the same reports.
 */
public final class TranslationReport {
  /** The reports' folder name, beside the output folder: target/site → target/reports. */
  public static final String FOLDER = "reports";

  private final TranslationStatus status;
  private final ProblemText text;

  /**
   * @param text the messages that tell each warning, in the language of its file
   */
  public TranslationReport(TranslationStatus status, ProblemText text) {
    this.status = Objects.requireNonNull(status, "status");
    this.text = Objects.requireNonNull(text, "text");
  }

  /** The reports' folder for a site baked into {@code siteOutput}: its sibling named reports. */
  public static Path folderBeside(Path siteOutput) {
    Path output = siteOutput.toAbsolutePath().normalize();
    if (output.getParent() == null) {
      throw new IllegalArgumentException("the site's output " + output + " has no parent folder");
    }
    return output.getParent().resolve(FOLDER);
  }

  /** Writes translations.md and translations.json into a folder; returns the Markdown file. */
  public Path writeTo(Path folder) {
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("translations.md"), markdown(), StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("translations.json"), json(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the translation report into " + folder, e);
    }
    return folder.resolve("translations.md");
  }

  /** The table and the warnings, in Markdown. */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Translation status\n\n");
    md.append("Every article by translation key and its state in each language: present, ")
        .append("missing (no file, or still a draft) or stale (the text it was translated from ")
        .append("has changed since). docs/editors-guide.en.md explains how to keep it up to date.")
        .append("\n\n");
    md.append("| key | type |");
    for (Language lang : Language.values()) {
      md.append(' ').append(lang.code()).append(" |");
    }
    md.append("\n| --- | --- |");
    for (int i = 0; i < Language.values().length; i++) {
      md.append(" --- |");
    }
    md.append('\n');
    for (TranslationStatus.Row row : status.rows()) {
      md.append("| ").append(cell(row.key())).append(" | ").append(row.type().code()).append(" |");
      for (Language lang : Language.values()) {
        md.append(' ').append(row.cells().get(lang).word()).append(" |");
      }
      md.append('\n');
    }
    md.append("\nPresent of ").append(status.rows().size()).append(':');
    for (Language lang : Language.values()) {
      md.append(' ')
          .append(lang.code())
          .append(' ')
          .append(status.count(lang, TranslationState.PRESENT))
          .append(lang.ordinal() + 1 < Language.values().length ? "," : ".");
    }
    md.append('\n');
    List<Problem> warnings = status.warnings();
    if (warnings.isEmpty()) {
      md.append("\nEvery published article is present and up to date in every language.\n");
    } else {
      md.append("\n## ")
          .append(warnings.size())
          .append(warnings.size() == 1 ? " warning" : " warnings")
          .append("\n\n");
      for (Problem p : warnings) {
        md.append("- ").append(text.line(p)).append('\n');
      }
    }
    return md.toString();
  }

  /** The same facts as JSON, for tools. */
  public String json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("languages", Language.all().stream().map(Language::code).toList());
    List<Object> articles = new ArrayList<>();
    for (TranslationStatus.Row row : status.rows()) {
      Map<String, Object> article = new LinkedHashMap<>();
      article.put("key", row.key());
      article.put("type", row.type().code());
      Map<String, Object> langs = new LinkedHashMap<>();
      for (Language lang : Language.values()) {
        TranslationStatus.Cell cell = row.cells().get(lang);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("state", cell.state().word());
        cell.file().ifPresent(a -> c.put("path", a.sourcePath()));
        cell.file().ifPresent(a -> c.put("status", a.status().code()));
        if (!cell.note().isEmpty()) {
          c.put("note", cell.note());
        }
        langs.put(lang.code(), c);
      }
      article.put("languages", langs);
      articles.add(article);
    }
    root.put("articles", articles);
    List<Object> warnings = new ArrayList<>();
    for (Problem p : status.warnings()) {
      Map<String, Object> w = new LinkedHashMap<>();
      w.put("path", p.path());
      w.put("line", p.line());
      w.put("message", text.message(p));
      w.put("hint", text.hint(p).orElse(""));
      warnings.add(w);
    }
    root.put("warnings", warnings);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
