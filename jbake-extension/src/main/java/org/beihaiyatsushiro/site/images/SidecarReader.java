package org.beihaiyatsushiro.site.images;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.base.Spelling;
import org.beihaiyatsushiro.site.content.FrontMatterReader;
import org.beihaiyatsushiro.site.content.YamlShape;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads a picture's sidecar, {@code images/<file name>.yml}, as strictly as the front matter of an
 * article: YAML without anchors or aliases, fields one level deep at most, every field known (a
 * misspelt one gets a did-you-mean), every language present; each mistake a problem at its line.
 *
 * <pre>
 * caption:
 *   zh: 北海与八代的位置
 *   ja: 北海と八代の位置
 *   en: Where Beihai and Yatsushiro lie
 * credit: Drawn for this site from Natural Earth data
 * licence: CC0-1.0
 * </pre>
 */
public final class SidecarReader {
  private static final List<String> FIELDS = List.of("caption", "credit", "licence");

  private SidecarReader() {}

  /**
   * The sidecar in {@code text}, or empty when it has a problem (each one recorded).
   *
   * @param path the sidecar as editors see it: images/map.svg.yml
   */
  public static Optional<Sidecar> read(String text, String path, Problems problems) {
    // Sidecars are read on several threads into one collection: this one's problems are counted
    // on their own.
    Problems found = new Problems();
    Optional<Sidecar> sidecar = readInto(text, path, found);
    problems.addAll(found);
    return found.isEmpty() ? sidecar : Optional.empty();
  }

  private static Optional<Sidecar> readInto(String text, String path, Problems problems) {
    int before = problems.size();
    LoadSettings settings = LoadSettings.builder().setLabel(path).build();
    Node root;
    try {
      Optional<YamlShape> shape = YamlShape.firstIn(text, path, 2);
      if (shape.isPresent()) {
        int line = shape.get().line() + 1;
        if (shape.get().sign() == YamlShape.Sign.TOO_DEEP) {
          problems.add(
              path,
              line,
              "a value here is nested deeper than a sidecar's fields go",
              "write the languages directly under caption: or credit:, one 'zh: text' a line");
        } else {
          problems.add(
              path,
              line,
              "'&' and '*' (YAML anchors and aliases) are not used in a sidecar",
              "write each value out in full; put a text with & or * in quotes");
        }
        return Optional.empty();
      }
      root =
          new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)))
              .getSingleNode()
              .orElse(null);
    } catch (YamlEngineException e) {
      int line = e.getMessage() == null ? 1 : lineOf(e);
      String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      if (first.startsWith("mapping values are not allowed")) {
        problems.add(
            path,
            line,
            "this line has a second ': ' in its text, or is indented wrongly",
            "put the text in quotes, as en: \"Marked: 1972 …\"; the languages are indented by"
                + " two spaces under caption: or credit:");
      } else {
        problems.add(
            path,
            line,
            "this is not valid YAML (" + first + ")",
            "write one field a line, 'name: value', with the languages indented under caption:");
      }
      return Optional.empty();
    }
    // A ' #' after a value starts a YAML comment, which would cut "Photo #3 by Li" to "Photo".
    List<Problem> comments =
        FrontMatterReader.commentsAfterValues(text.lines().toList(), 1, root, path);
    if (!comments.isEmpty()) {
      comments.forEach(problems::add);
      return Optional.empty();
    }
    if (!(root instanceof MappingNode mapping)) {
      problems.add(
          path,
          root == null ? 1 : lineOf(root),
          "the sidecar is empty or not a list of 'name: value' fields",
          "write caption: (with zh:, ja:, en: under it), credit: and licence:");
      return Optional.empty();
    }
    Map<String, NodeTuple> fields = new java.util.LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      int line = lineOf(tuple.getKeyNode());
      String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
      if (!FIELDS.contains(key)) {
        String hint =
            Spelling.closest(key, FIELDS)
                .map(k -> "did you mean '" + k + "'?")
                .orElse("the fields of a sidecar are: " + String.join(", ", FIELDS));
        problems.add(path, line, "the field '" + key + "' is not known", hint);
        continue;
      }
      if (fields.containsKey(key)) {
        problems.add(
            path,
            line,
            "the field '" + key + "' is given twice",
            "keep one of them (the first is on line " + lineOf(fields.get(key).getKeyNode()) + ")");
        continue;
      }
      fields.put(key, tuple);
    }
    Map<Language, String> caption =
        languages(fields.get("caption"), "caption", path, problems, false);
    Map<Language, String> credit = languages(fields.get("credit"), "credit", path, problems, true);
    String licence = licence(fields.get("licence"), path, problems);
    if (problems.size() > before || caption == null || credit == null || licence == null) {
      return Optional.empty();
    }
    return Optional.of(new Sidecar(caption, credit, licence));
  }

  /** A field with a text per language (or, where {@code oneForAll}, one text for all of them). */
  private static Map<Language, String> languages(
      NodeTuple field, String name, String path, Problems problems, boolean oneForAll) {
    if (field == null) {
      problems.add(
          path,
          1,
          "the " + name + " is missing",
          "add it: "
              + name
              + ": with a line 'zh: …', 'ja: …' and 'en: …' under it"
              + (oneForAll ? ", or one text for all languages after '" + name + ":'" : ""));
      return null;
    }
    Node value = field.getValueNode();
    Map<Language, String> texts = new EnumMap<>(Language.class);
    if (value instanceof ScalarNode scalar) {
      if (!oneForAll || scalar.getValue().isBlank()) {
        problems.add(
            path,
            lineOf(field.getKeyNode()),
            scalar.getValue().isBlank()
                ? "the " + name + " is empty"
                : "the " + name + " needs a text for each language",
            "write it under " + name + ": as zh: …, ja: … and en: …, one a line");
        return null;
      }
      for (Language lang : Language.values()) {
        texts.put(lang, scalar.getValue().strip());
      }
      return texts;
    }
    if (!(value instanceof MappingNode byLanguage)) {
      problems.add(
          path,
          lineOf(field.getKeyNode()),
          "the " + name + " must be a text per language, not a list",
          "write it under " + name + ": as zh: …, ja: … and en: …, one a line");
      return null;
    }
    boolean ok = true;
    for (NodeTuple t : byLanguage.getValue()) {
      String code = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
      Optional<Language> lang = Language.ofFolder(code);
      if (lang.isEmpty()) {
        problems.add(
            path,
            lineOf(t.getKeyNode()),
            "'" + code + "' is not a language of the site",
            "write the " + name + " under zh:, ja: and en:");
        ok = false;
        continue;
      }
      if (!(t.getValueNode() instanceof ScalarNode text) || text.getValue().isBlank()) {
        problems.add(
            path,
            lineOf(t.getKeyNode()),
            "the " + name + " in " + code + " is empty",
            "write it after '" + code + ":' on the same line");
        ok = false;
        continue;
      }
      texts.put(lang.get(), text.getValue().strip());
    }
    for (Language lang : Language.values()) {
      if (ok && !texts.containsKey(lang)) {
        problems.add(
            path,
            lineOf(field.getKeyNode()),
            "the " + name + " has no text in " + lang.code(),
            "add a line '" + lang.code() + ": …' under " + name + ":");
        ok = false;
      }
    }
    return ok ? texts : null;
  }

  private static String licence(NodeTuple field, String path, Problems problems) {
    String known = String.join(", ", Sidecar.LICENCES.stream().sorted().toList());
    if (field == null) {
      problems.add(
          path,
          1,
          "the licence is missing",
          "add 'licence: ' with the licence the picture may be shown under: " + known);
      return null;
    }
    String value = field.getValueNode() instanceof ScalarNode s ? s.getValue().strip() : "";
    if (!Sidecar.LICENCES.contains(value)) {
      String hint =
          Spelling.closest(value, Sidecar.LICENCES)
              .map(l -> "did you mean '" + l + "'?")
              .orElse("write one of: " + known + "; ask before using a picture under any other");
      problems.add(
          path,
          lineOf(field.getKeyNode()),
          value.isEmpty()
              ? "the licence is empty"
              : "'" + value + "' is not a licence the site knows",
          hint);
      return null;
    }
    return value;
  }

  private static int lineOf(Node node) {
    return node.getStartMark().map(Mark::getLine).orElse(0) + 1;
  }

  private static int lineOf(YamlEngineException e) {
    if (e instanceof org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException marked) {
      return marked.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
    }
    return 1;
  }
}
