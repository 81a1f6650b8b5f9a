package org.beihaiyatsushiro.site.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.beihaiyatsushiro.site.content.Problems;
import org.beihaiyatsushiro.site.content.SourceText;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Every word the templates show, per language, read from data/i18n/&lt;lang&gt;.yml.
 *
 * <p>Templates hold no language's words: they look strings up by key. A key present in one table
 * and missing in another is an error naming both, so no page falls back silently to another
 * language.
 */
public final class UiStrings {
  private final Map<Language, Map<String, String>> tables;

  private UiStrings(Map<Language, Map<String, String>> tables) {
    this.tables = tables;
  }

  /** The table of one language. */
  public Map<String, String> of(Language lang) {
    return tables.get(lang);
  }

  /** One string; the tables are complete once loaded, so a missing key is a template mistake. */
  public String get(Language lang, String key) {
    String value = tables.get(lang).get(key);
    if (value == null) {
      throw new IllegalArgumentException("no UI string '" + key + "' for " + lang.code());
    }
    return value;
  }

  /**
   * Loads data/i18n/*.yml for every language.
   *
   * @return the tables, or empty after recording each missing file, unreadable file or missing key
   */
  public static Optional<UiStrings> load(Path dataFolder, String displayFolder, Problems problems) {
    Map<Language, Map<String, String>> tables = new EnumMap<>(Language.class);
    int before = problems.size();
    for (Language lang : Language.values()) {
      Path file = dataFolder.resolve("i18n").resolve(lang.code() + ".yml");
      String path = displayFolder + "/i18n/" + lang.code() + ".yml";
      tables.put(lang, read(file, path, problems));
    }
    TreeSet<String> allKeys = new TreeSet<>();
    tables.values().forEach(t -> allKeys.addAll(t.keySet()));
    for (Language lang : Language.values()) {
      for (String key : allKeys) {
        if (!tables.get(lang).containsKey(key)) {
          String has =
              tables.entrySet().stream()
                  .filter(e -> e.getValue().containsKey(key))
                  .map(e -> e.getKey().code())
                  .findFirst()
                  .orElse("?");
          problems.add(
              displayFolder + "/i18n/" + lang.code() + ".yml",
              1,
              "the UI string '" + key + "' is missing in " + lang.code() + " (" + has + " has it)",
              "add '" + key + ": …' in " + lang.code() + "'s words");
        }
      }
    }
    return problems.size() > before ? Optional.empty() : Optional.of(new UiStrings(tables));
  }

  private static Map<String, String> read(Path file, String path, Problems problems) {
    Map<String, String> table = new TreeMap<>();
    if (!Files.isRegularFile(file)) {
      problems.add(
          path, 1, "the table of UI strings is missing", "copy data/i18n/en.yml and translate it");
      return table;
    }
    try {
      Optional<String> text = SourceText.decode(Files.readAllBytes(file), path, problems);
      if (text.isEmpty()) {
        return table;
      }
      Object loaded =
          new Load(LoadSettings.builder().setLabel(path).build()).loadFromString(text.get());
      if (!(loaded instanceof Map<?, ?> map)) {
        problems.add(path, 1, "the table must be 'key: text' lines", "see data/i18n/en.yml");
        return table;
      }
      for (Map.Entry<?, ?> e : map.entrySet()) {
        table.put(String.valueOf(e.getKey()), String.valueOf(e.getValue()));
      }
    } catch (IOException | YamlEngineException e) {
      problems.add(
          path,
          1,
          "the table cannot be read: " + e.getMessage().lines().findFirst().orElse(""),
          "check its YAML");
    }
    return table;
  }
}
