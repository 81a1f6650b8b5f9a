package org.beihaiyatsushiro.site.benchmark;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.testing.TestFiles;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The same articles as a minimal Hugo site, to time {@code hugo --quiet} beside the site's build:
 * one content folder per language ({@code content/<lang>/…}, the same paths, so Hugo pairs the
 * translations as the site does), a config with the languages and taxonomies off, and a small
 * layout set of its own (base, single, list, home, timeline) with the language switcher and
 * previous/next links. Front matter is mapped to Hugo's: {@code title}; {@code date} (a year or a
 * month becomes its first day, since Hugo wants a whole date); {@code draft: true} for {@code
 * status: draft}; {@code translationKey} for {@code translation_key}. The home page ({@code
 * index.md}) becomes the language's {@code _index.md}; events get no page of their own, as on the
 * site, and are listed on the timeline. Everything else of the front matter is left out. Inline
 * HTML in the Markdown is kept (Goldmark's {@code unsafe}), as the site keeps it.
 */
final class HugoSite {
  private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().create();

  private HugoSite() {}

  /** Writes a Hugo project into {@code dir} (deleted first) from the site's {@code content}. */
  static void write(Path content, Path dir) throws IOException {
    TestFiles.deleteTree(dir);
    List<String> languages;
    try (Stream<Path> s = Files.list(content)) {
      languages =
          s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
    Load yaml = new Load(LoadSettings.builder().build());
    for (String lang : languages) {
      Path from = content.resolve(lang);
      List<Path> files;
      try (Stream<Path> s = Files.walk(from)) {
        files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
      }
      for (Path file : files) {
        String relative = from.relativize(file).toString().replace('\\', '/');
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.startsWith("---\n")) {
          throw new IllegalArgumentException(file + ": no front matter");
        }
        int end = text.indexOf("\n---\n", 3);
        @SuppressWarnings("unchecked")
        Map<String, Object> front =
            (Map<String, Object>) yaml.loadFromString(text.substring(4, end + 1));
        String body = text.substring(end + 5);
        String target = relative.equals("index.md") ? "_index.md" : relative;
        write(dir.resolve("content").resolve(lang).resolve(target), hugoFrontMatter(front) + body);
      }
    }
    write(dir.resolve("hugo.toml"), config(languages));
    write(dir.resolve("layouts/_default/baseof.html"), BASEOF);
    write(dir.resolve("layouts/_default/single.html"), SINGLE);
    write(dir.resolve("layouts/_default/list.html"), LIST);
    write(dir.resolve("layouts/_default/timeline.html"), TIMELINE);
    write(dir.resolve("layouts/index.html"), HOME);
  }

  private static String hugoFrontMatter(Map<String, Object> front) {
    StringBuilder b = new StringBuilder("---\n");
    b.append("title: ").append(JSON.toJson(String.valueOf(front.get("title")))).append('\n');
    b.append("date: ")
        .append(JSON.toJson(wholeDate(String.valueOf(front.get("date")))))
        .append('\n');
    if ("draft".equals(front.get("status"))) {
      b.append("draft: true\n");
    }
    if (front.get("translation_key") != null) {
      b.append("translationKey: ")
          .append(JSON.toJson(String.valueOf(front.get("translation_key"))))
          .append('\n');
    }
    Object type = front.get("type");
    if ("timeline".equals(type)) {
      b.append("layout: timeline\n");
    } else if ("event".equals(type)) {
      b.append("_build:\n  render: never\n");
    }
    return b.append("---\n").toString();
  }

  /** 1996 → 1996-01-01, 1996-05 → 1996-05-01; a whole date stays as it is. */
  private static String wholeDate(String date) {
    return switch (date.length()) {
      case 4 -> date + "-01-01";
      case 7 -> date + "-01";
      default -> date;
    };
  }

  private static String config(List<String> languages) {
    StringBuilder b = new StringBuilder();
    b.append("baseURL = \"https://example.org/\"\n");
    b.append("title = \"Hugo beside the site\"\n");
    b.append("defaultContentLanguage = \"").append(languages.get(0)).append("\"\n");
    b.append("defaultContentLanguageInSubdir = true\n");
    b.append("hasCJKLanguage = true\n");
    b.append("disableKinds = [\"taxonomy\", \"term\"]\n");
    // The articles hold some inline HTML (<span lang="…">), which the site keeps (cleaned).
    b.append("[markup.goldmark.renderer]\nunsafe = true\n");
    int weight = 1;
    for (String lang : languages) {
      b.append("\n[languages.").append(lang).append("]\n");
      b.append("contentDir = \"content/").append(lang).append("\"\n");
      b.append("languageName = \"").append(lang).append("\"\n");
      b.append("weight = ").append(weight++).append('\n');
    }
    return b.toString();
  }

  private static final String BASEOF =
      """
      <!DOCTYPE html>
      <html lang="{{ .Language.Lang }}">
      <head><meta charset="utf-8"><title>{{ .Title }} – {{ site.Title }}</title></head>
      <body>
      <nav>{{ range .AllTranslations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a> {{ end }}</nav>
      <main>{{ block "main" . }}{{ end }}</main>
      </body>
      </html>
      """;

  private static final String SINGLE =
      """
      {{ define "main" }}
      <article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>{{ .Content }}</article>
      <nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
      {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
      {{ end }}
      """;

  private static final String LIST =
      """
      {{ define "main" }}
      <h1>{{ .Title }}</h1>{{ .Content }}
      <ul>{{ range .Pages.ByDate }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
      {{ end }}
      """;

  private static final String TIMELINE =
      """
      {{ define "main" }}
      <h1>{{ .Title }}</h1>{{ .Content }}
      <ol>{{ range (where site.RegularPages "Section" "events").ByDate }}<li><time>{{ .Date.Format "2006-01-02" }}</time> {{ .Title }} {{ .Content }}</li>{{ end }}</ol>
      {{ end }}
      """;

  private static final String HOME =
      """
      {{ define "main" }}
      <h1>{{ .Title }}</h1>{{ .Content }}
      <ul>{{ range first 10 (where site.RegularPages "Section" "!=" "events").ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
      {{ end }}
      """;

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** The version line of the hugo on the PATH, or null when there is none. */
  static String version() {
    try {
      Process p = new ProcessBuilder("hugo", "version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.waitFor() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
