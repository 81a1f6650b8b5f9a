package org.beihaiyatsushiro.site.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.testing.FixtureSite;

/**
 * Writes a synthetic corpus of N articles per language, with translations, timeline events and
 * links between articles, in two forms: for the site (YAML front matter, the project's theme and
 * extension) and for plain JBake (classic headers, posts, a theme shaped like JBake's example).
 * Both forms hold the same texts: each language's titles, dates and bodies are drawn once, when the
 * corpus is made, and both forms are written from them.
 *
 * <p>The text is real: paragraphs of the site's own articles in each language, recombined by a
 * seeded random generator, so Flexmark, the CJK rules and the sanitizer do realistic work.
 */
final class SyntheticCorpus {
  private static final Path PLAIN_THEME = Path.of("src/test/resources/benchmark/plain-theme");

  /** An article or an event: its title, its date as a whole day, its Markdown body. */
  private record Entry(String title, String day, String body) {}

  /** One language's texts: the home and timeline pages' (site form only), articles and events. */
  private record Texts(String home, String timeline, List<Entry> articles, List<Entry> events) {}

  private final int perLanguage;
  private final Random random;
  private final Map<Language, Texts> texts = new EnumMap<>(Language.class);

  SyntheticCorpus(int perLanguage, long seed) throws IOException {
    this.perLanguage = perLanguage;
    this.random = new Random(seed);
    for (Language lang : Language.values()) {
      texts.put(lang, texts(paragraphs(lang)));
    }
  }

  /** How many events each language gets: one per ten articles. */
  int eventsPerLanguage() {
    return Math.max(1, perLanguage / 10);
  }

  /** How many files {@link #writeSite} writes into content/: a home and a timeline page more. */
  int siteSourceFiles() {
    return Language.values().length * (perLanguage + eventsPerLanguage() + 2);
  }

  /** How many files {@link #writePlain} writes into content/. */
  int plainSourceFiles() {
    return Language.values().length * (perLanguage + eventsPerLanguage());
  }

  /** Draws a language's texts from the seeded generator, always in the same order. */
  private Texts texts(List<String> paragraphs) {
    String home = pick(paragraphs, 2);
    String timeline = pick(paragraphs, 1);
    List<Entry> articles = new ArrayList<>();
    for (int i = 1; i <= perLanguage; i++) {
      String title = title(paragraphs, i);
      String day = dayOf(i, random.nextInt(5));
      articles.add(new Entry(title, day, body(paragraphs, i)));
    }
    List<Entry> events = new ArrayList<>();
    for (int i = 1; i <= eventsPerLanguage(); i++) {
      // Events get no jitter, so every language agrees on their dates.
      events.add(new Entry(title(paragraphs, i), dayOf(i * 7, 0), pick(paragraphs, 1)));
    }
    return new Texts(home, timeline, articles, events);
  }

  /** Writes the site form into {@code dir}. */
  void writeSite(Path dir) throws IOException {
    FixtureSite.withRealTheme(dir);
    writeSiteContent(dir);
  }

  /**
   * Writes the site form's content/ folder into {@code dir}, the root of a site that already has
   * its theme (a copy of the whole project, in the end-to-end benchmark).
   */
  void writeSiteContent(Path dir) throws IOException {
    for (Language lang : Language.values()) {
      Texts t = texts.get(lang);
      String code = lang.code();
      write(
          dir.resolve("content/" + code + "/index.md"),
          yaml("Home " + code, "2022-09-29", "home", "") + t.home() + "\n");
      write(
          dir.resolve("content/" + code + "/timeline.md"),
          yaml("Timeline " + code, "2022-09-29", "timeline", "") + t.timeline() + "\n");
      for (int i = 1; i <= perLanguage; i++) {
        Entry a = t.articles().get(i - 1);
        write(
            dir.resolve("content/" + code + "/bench/" + slug(i) + ".md"),
            yaml(a.title(), dateOf(a.day(), i), "article", "") + a.body());
      }
      for (int i = 1; i <= eventsPerLanguage(); i++) {
        Entry e = t.events().get(i - 1);
        String extra = "kind: " + List.of("nations", "cities", "people").get(i % 3) + "\n";
        write(
            dir.resolve("content/" + code + "/events/e-" + i + ".md"),
            yaml(e.title(), dateOf(e.day(), i * 7), "event", extra) + e.body() + "\n");
      }
    }
  }

  /** Writes the plain-JBake form into {@code dir}: the same texts as posts. */
  void writePlain(Path dir) throws IOException {
    FixtureSite.copyTree(PLAIN_THEME, dir);
    for (Language lang : Language.values()) {
      Texts t = texts.get(lang);
      String code = lang.code();
      for (int i = 1; i <= perLanguage; i++) {
        Entry a = t.articles().get(i - 1);
        write(
            dir.resolve("content/" + code + "/bench/" + slug(i) + ".md"),
            classic(a.title(), a.day()) + a.body());
      }
      for (int i = 1; i <= eventsPerLanguage(); i++) {
        Entry e = t.events().get(i - 1);
        write(
            dir.resolve("content/" + code + "/events/e-" + i + ".md"),
            classic(e.title(), e.day()) + e.body() + "\n");
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
    // Tags go whole: cut at 18 characters, a tag would be left half open, which the check
    // rightly refuses as malformed inline HTML.
    String plain = paragraph.replaceAll("<[^>]*>", "").replaceAll("[#*_`\\[\\]:<>]", "").strip();
    return plain.substring(0, Math.min(18, plain.length())).strip();
  }

  /** A whole day: the year, with a jitter of a few years, then a month and a day from n. */
  private static String dayOf(int n, int jitter) {
    int year = 1972 + (n * 31 + jitter) % 51;
    return String.format("%04d-%02d-%02d", year, 1 + n % 12, 1 + n % 28);
  }

  /** The site's date for a day: of year, month or day precision, chosen by n. */
  private static String dateOf(String day, int n) {
    return switch (n % 3) {
      case 0 -> day.substring(0, 4);
      case 1 -> day.substring(0, 7);
      default -> day;
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

  private static String classic(String title, String day) {
    return "title="
        + title
        + "\ndate="
        + day
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
