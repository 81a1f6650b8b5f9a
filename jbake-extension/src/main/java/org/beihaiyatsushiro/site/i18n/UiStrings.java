package org.beihaiyatsushiro.site.i18n;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.content.DataTable;
import org.beihaiyatsushiro.site.content.SourceTree;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

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
    Set<Language> unreadable = EnumSet.noneOf(Language.class);
    for (Language lang : Language.values()) {
      Path file = dataFolder.resolve("i18n").resolve(lang.code() + ".yml");
      String path = displayFolder + "/i18n/" + lang.code() + ".yml";
      int problemsBefore = problems.size();
      boolean readable =
          SourceTree.isRegularFile(
              dataFolder, file, f -> displayFolder + "/" + relative(dataFolder, f), problems);
      Map<String, String> table =
          readable ? read(file, path, problems) : missing(file, path, problems);
      tables.put(lang, table);
      if (!readable || table.isEmpty() && problems.size() > problemsBefore) {
        unreadable.add(lang); // one problem for the file, not one per key
      }
    }
    TreeSet<String> allKeys = new TreeSet<>();
    tables.values().forEach(t -> allKeys.addAll(t.keySet()));
    for (Language lang : Language.values()) {
      if (unreadable.contains(lang)) {
        continue;
      }
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
              Message.UI_STRING_MISSING.with(key, lang.code(), has),
              Message.HINT_ADD_UI_STRING.with(key, lang.code()));
        }
      }
    }
    return problems.size() > before ? Optional.empty() : Optional.of(new UiStrings(tables));
  }

  /**
   * No table: a missing file is a problem here; a link or special file in its place was reported by
   * {@link SourceTree} and is never read.
   */
  private static Map<String, String> missing(Path file, String path, Problems problems) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(path, 1, Message.UI_TABLE_MISSING.with(), Message.HINT_COPY_UI_TABLE.with());
    }
    return new TreeMap<>();
  }

  private static String relative(Path folder, Path file) {
    return folder.relativize(file).toString().replace('\\', '/');
  }

  private static Map<String, String> read(Path file, String path, Problems problems) {
    Map<String, String> table = new TreeMap<>();
    int before = problems.size();
    Node root =
        DataTable.read(
                file, path, Message.THE_TABLE.with(), Message.HINT_TABLE_FORM.with(), problems)
            .orElse(null);
    if (problems.size() > before) {
      return table;
    }
    if (!(root instanceof MappingNode mapping)) {
      problems.add(path, 1, Message.TABLE_NOT_KEYS.with(), Message.HINT_SEE_UI_TABLE.with());
      return table;
    }
    Map<String, Integer> lines = new TreeMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      int line = tuple.getKeyNode().getStartMark().map(m -> m.getLine() + 1).orElse(1);
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        problems.add(path, line, Message.KEY_NOT_A_WORD.with(), Message.HINT_WRITE_KEY_TEXT.with());
        continue;
      }
      String key = keyNode.getValue();
      if (lines.containsKey(key)) {
        problems.add(
            path,
            line,
            Message.UI_STRING_TWICE.with(key),
            Message.HINT_KEEP_ONE_OF_THE_LINES.with(lines.get(key), line));
        continue;
      }
      lines.put(key, line);
      if (!(tuple.getValueNode() instanceof ScalarNode value)
          || (value.getTag().equals(Tag.NULL) && value.getScalarStyle() == ScalarStyle.PLAIN)) {
        problems.add(
            path,
            line,
            Message.UI_STRING_WITHOUT_TEXT.with(key),
            Message.HINT_WRITE_ITS_TEXT.with());
        table.put(key, ""); // reported here, not again as missing
        continue;
      }
      table.put(key, value.getValue());
    }
    return table;
  }
}
