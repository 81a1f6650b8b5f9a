package org.beihaiyatsushiro.site.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.i18n.Language;
import org.beihaiyatsushiro.site.testing.FixtureSite;

/**
 * Writes a synthetic corpus of N articles per language, with translations, timeline events and
 * links between articles, in two forms: for the site (YAML front matter, the project's theme and
 * extension) and for plain JBake (classic headers, posts, a theme shaped like JBake's example).
 *
 * <p>The text is real: paragraphs of the site's own articles in each language, recombined by a
 * seeded random generator, so Flexmark, the CJK rules and the sanitizer do realistic work.
 */
final class SyntheticCorpus {
  private static final Path PLAIN_THEME = Path.of("src/test/resources/benchmark/plain-theme");

  private final int perLanguage;
  private final Random random;

  SyntheticCorpus(int perLanguage, long seed) {
    this.perLanguage = perLanguage;
    this.random = new Random(seed);
  }

  /** How many events each language gets: one per ten articles. */
  int eventsPerLanguage() {
    return Math.max(1, perLanguage / 10);
  }

  /** Writes the site form into {@code dir}. */
  void writeSite(Path dir) throws IOException {
    FixtureSite site = FixtureSite.withRealTheme(dir);
    for (Language lang : Language.values()) {
      List<String> paragraphs = paragraphs(lang);
      String code = lang.code();
      site.write(
          "content/" + code + "/index.md",
          yaml("Home " + code, "2022-09-29", "home", "") + pick(paragraphs, 2) + "\n");
      site.write(
          "content/" + code + "/timeline.md",
          yaml("Timeline " + code, "2022-09-29", "timeline", "") + pick(paragraphs, 1) + "\n");
      for (int i = 1; i <= perLanguage; i++) {
        site.write(
            "content/" + code + "/bench/" + slug(i) + ".md",
            yaml(title(paragraphs, i), date(i), "article", "") + body(paragraphs, i));
      }
      for (int i = 1; i <= eventsPerLanguage(); i++) {
        String extra = "kind: " + List.of("nations", "cities", "people").get(i % 3) + "\n";
        site.write(
            "content/" + code + "/events/e-" + i + ".md",
            yaml(title(paragraphs, i), dateOf(i * 7, 0), "event", extra)
                + pick(paragraphs, 1)
                + "\n");
      }
    }
  }

  /** Writes the plain-JBake form into {@code dir}: the same texts as posts. */
  void writePlain(Path dir) throws IOException {
    FixtureSite.copyTree(PLAIN_THEME, dir);
    for (Language lang : Language.values()) {
      List<String> paragraphs = paragraphs(lang);
      String code = lang.code();
      for (int i = 1; i <= perLanguage; i++) {
        write(
            dir.resolve("content/" + code + "/bench/" + slug(i) + ".md"),
            classic(title(paragraphs, i), i) + body(paragraphs, i));
      }
      for (int i = 1; i <= eventsPerLanguage(); i++) {
        write(
            dir.resolve("content/" + code + "/events/e-" + i + ".md"),
            classic(title(paragraphs, i), i * 7) + pick(paragraphs, 1) + "\n");
      }
    }
  }

  private String body(List<String> paragraphs, int i) {
    StringBuilder b = new StringBuilder();
    b.append("## ")
        .append(firstWords(paragraphs.get(random.nextInt(paragraphs.size()))))
        .append("\n\n");
    b.append(pick(paragraphs, 3 + random.nextInt(4))).append("\n\n");
    if (i < perLanguage) {
      b.append("[→ ").append(i + 1).append("](").append(slug(i + 1)).append(".md)\n");
    }
    return b.toString();
  }

  private String pick(List<String> paragraphs, int count) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      out.add(paragraphs.get(random.nextInt(paragraphs.size())));
    }
    return String.join("\n\n", out);
  }

  private static String slug(int i) {
    return String.format("article-%05d", i);
  }

  private String title(List<String> paragraphs, int i) {
    return firstWords(paragraphs.get(random.nextInt(paragraphs.size()))) + " " + i;
  }

  private static String firstWords(String paragraph) {
    String plain = paragraph.replaceAll("[#*_`\\[\\]:]", "").strip();
    return plain.substring(0, Math.min(18, plain.length())).strip();
  }

  private String date(int i) {
    return dateOf(i, random.nextInt(5));
  }

  /** A date of year, month or day precision; events get no jitter, so every language agrees. */
  private static String dateOf(int i, int jitter) {
    int year = 1972 + (i * 31 + jitter) % 51;
    return switch (i % 3) {
      case 0 -> Integer.toString(year);
      case 1 -> String.format("%04d-%02d", year, 1 + i % 12);
      default -> String.format("%04d-%02d-%02d", year, 1 + i % 12, 1 + i % 28);
    };
  }

  private static String yaml(String title, String date, String type, String extra) {
    return "---\ntitle: \""
        + title.replace("\"", "'")
        + "\"\ndate: "
        + date
        + "\ntype: "
        + type
        + "\nstatus: published\n"
        + extra
        + "---\n\n";
  }

  private String classic(String title, int i) {
    int year = 1972 + (i * 31) % 51;
    return "title="
        + title
        + "\ndate="
        + String.format("%04d-%02d-%02d", year, 1 + i % 12, 1 + i % 28)
        + "\ntype=post\nstatus=published\ntags=bench\n~~~~~~\n\n";
  }

  /** The paragraphs of the real articles of a language, links reduced to their text. */
  private static List<String> paragraphs(Language lang) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files =
        Files.walk(FixtureSite.PROJECT.resolve("content").resolve(lang.code()))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        String body = text.substring(text.indexOf("---", 3) + 3);
        for (String p : body.split("\n\\s*\n")) {
          String para =
              p.strip()
                  .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                  .replaceAll("\\[\\^[^\\]]*\\]:?", "");
          if (para.length() > 20 && !para.startsWith("#")) {
            out.add(para);
          }
        }
      }
    }
    return out;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
