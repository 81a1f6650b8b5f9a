package org.beihaiyatsushiro.site.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Splits a source file into its header and body.
 *
 * <p>Two headers are understood: YAML between {@code ---} lines, as editors know it from Jekyll and
 * Hugo, and JBake's classic {@code key=value} lines closed by {@code ~~~~~~}. Values stay text
 * here; {@link ContentSchema} decides what they mean.
 */
public final class FrontMatterReader {
  private static final String YAML_FENCE = "---";
  private static final String CLASSIC_END = "~~~~~~";

  private FrontMatterReader() {}

  /**
   * Reads the header of {@code text}.
   *
   * @return the header and body, or empty after recording why the header cannot be read
   */
  public static Optional<FrontMatter> read(String text, String path, Problems problems) {
    if (text.isBlank()) {
      problems.add(
          path,
          1,
          "the file is empty",
          "start it with a front matter block: ---, title: …, date: …, type: …, status: …, ---");
      return Optional.empty();
    }
    List<String> lines = List.of(text.split("\n", -1));
    if (lines.get(0).strip().equals(YAML_FENCE)) {
      return readYaml(lines, path, problems);
    }
    int classicEnd = lines.indexOf(CLASSIC_END);
    if (classicEnd > 0
        && lines.subList(0, classicEnd).stream().allMatch(FrontMatterReader::isClassic)) {
      return Optional.of(readClassic(lines, classicEnd));
    }
    problems.add(
        path,
        1,
        "the file has no front matter",
        "begin the file with a line '---', the fields (title, date, type, status) and another '---'");
    return Optional.empty();
  }

  private static boolean isClassic(String line) {
    return line.isBlank() || line.indexOf('=') > 0;
  }

  private static FrontMatter readClassic(List<String> lines, int end) {
    Map<String, FrontMatter.Field> fields = new LinkedHashMap<>();
    for (int i = 0; i < end; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int eq = line.indexOf('=');
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      Object parsed = value;
      if (key.equals("tags")) {
        List<String> tags = new ArrayList<>();
        for (String tag : value.split(",")) {
          if (!tag.isBlank()) {
            tags.add(tag.strip());
          }
        }
        parsed = tags;
      }
      fields.put(key, new FrontMatter.Field(key, parsed, i + 1));
    }
    return new FrontMatter(
        fields, String.join("\n", lines.subList(end + 1, lines.size())), end + 2);
  }

  private static Optional<FrontMatter> readYaml(
      List<String> lines, String path, Problems problems) {
    int close = -1;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(YAML_FENCE)) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      problems.add(
          path,
          1,
          "the front matter that starts here is never closed",
          "add a line with only '---' after the last field");
      return Optional.empty();
    }
    String yaml = String.join("\n", lines.subList(1, close));
    Node root;
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(path).build();
      Composer composer =
          new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
      root = composer.getSingleNode().orElse(null);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(2);
      problems.add(
          path,
          line,
          "the front matter is not valid YAML: " + firstLine(e.getProblem()),
          "write each field as 'name: value'; put quotes around values that contain ': ' or '#'");
      return Optional.empty();
    } catch (YamlEngineException e) {
      problems.add(
          path,
          2,
          "the front matter is not valid YAML: " + firstLine(e.getMessage()),
          "write each field as 'name: value'");
      return Optional.empty();
    }
    String body = String.join("\n", lines.subList(close + 1, lines.size()));
    if (root == null) {
      return Optional.of(new FrontMatter(Map.of(), body, close + 2));
    }
    if (!(root instanceof MappingNode mapping)) {
      problems.add(
          path,
          lineOf(root),
          "the front matter must be a list of 'name: value' fields",
          "write one field a line, for example 'title: Beihai'");
      return Optional.empty();
    }
    Map<String, FrontMatter.Field> fields = new LinkedHashMap<>();
    boolean ok = true;
    for (NodeTuple tuple : mapping.getValue()) {
      int line = lineOf(tuple.getKeyNode());
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        problems.add(path, line, "a field name must be a plain word", "write 'name: value'");
        ok = false;
        continue;
      }
      String key = keyNode.getValue();
      if (fields.containsKey(key)) {
        problems.add(
            path,
            line,
            "the field '" + key + "' is given twice",
            "keep one of the lines " + fields.get(key).line() + " and " + line);
        ok = false;
        continue;
      }
      Object value = valueOf(tuple.getValueNode());
      if (value == null) {
        problems.add(
            path,
            line,
            "the field '" + key + "' holds a nested block, which no field accepts",
            "write a single value, or a list like [a, b] for tags");
        ok = false;
        continue;
      }
      fields.put(key, new FrontMatter.Field(key, value, line));
    }
    return ok ? Optional.of(new FrontMatter(fields, body, close + 2)) : Optional.empty();
  }

  private static Object valueOf(Node node) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    if (node instanceof SequenceNode seq) {
      List<String> items = new ArrayList<>();
      for (Node item : seq.getValue()) {
        if (!(item instanceof ScalarNode s)) {
          return null;
        }
        items.add(s.getValue());
      }
      return items;
    }
    return null;
  }

  /** The file line of a node of the header: the header's first line is the file's second. */
  private static int lineOf(Node node) {
    return node.getStartMark().map(Mark::getLine).orElse(0) + 2;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
