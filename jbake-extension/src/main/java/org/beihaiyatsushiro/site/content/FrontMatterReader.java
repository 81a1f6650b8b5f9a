package org.beihaiyatsushiro.site.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
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
  private static final Pattern CLASSIC_FIELD = Pattern.compile("\\s*[A-Za-z_][\\w.-]*\\s*=.*");

  private FrontMatterReader() {}

  /**
   * Reads the header of {@code text}.
   *
   * @return the header and body, or empty after recording why the header cannot be read; a header
   *     that can be read may still have problems of its own (a comment cutting a value short),
   *     which are recorded too
   */
  public static Optional<FrontMatter> read(String text, String path, Problems problems) {
    if (text.isBlank()) {
      problems.add(path, 1, Message.FILE_EMPTY.with(), Message.HINT_START_WITH_FRONT_MATTER.with());
      return Optional.empty();
    }
    List<String> lines = List.of(text.split("\n", -1));
    if (lines.get(0).strip().equals(YAML_FENCE)) {
      return readYaml(lines, path, problems);
    }
    if (isClassicField(lines.get(0))) {
      return readClassic(lines, path, problems);
    }
    int first = 0;
    while (lines.get(first).isBlank()) {
      first++;
    }
    if (lines.get(first).strip().equals(YAML_FENCE) || isClassicField(lines.get(first))) {
      problems.add(
          path,
          1,
          Message.FRONT_MATTER_NOT_AT_THE_TOP.with(),
          Message.HINT_DELETE_EMPTY_LINES_ABOVE.with(first + 1));
      return Optional.empty();
    }
    problems.add(
        path, 1, Message.NO_FRONT_MATTER.with(), Message.HINT_BEGIN_WITH_FRONT_MATTER.with());
    return Optional.empty();
  }

  private static boolean isClassicField(String line) {
    return CLASSIC_FIELD.matcher(line).matches();
  }

  private static Optional<FrontMatter> readClassic(
      List<String> lines, String path, Problems problems) {
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(CLASSIC_END)) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      problems.add(
          path, 1, Message.HEADER_NOT_CLOSED.with(), Message.HINT_CLOSE_WITH.with(CLASSIC_END));
      return Optional.empty();
    }
    Map<String, FrontMatter.Field> fields = new LinkedHashMap<>();
    boolean ok = true;
    for (int i = 0; i < end; i++) {
      String line = lines.get(i);
      int number = i + 1;
      if (line.isBlank()) {
        continue;
      }
      if (!isClassicField(line)) {
        problems.add(
            path,
            number,
            Message.HEADER_LINE_NOT_A_FIELD.with(),
            Message.HINT_ONE_FIELD_A_LINE_CLASSIC.with());
        ok = false;
        continue;
      }
      int eq = line.indexOf('=');
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (fields.containsKey(key)) {
        problems.add(duplicate(path, key, fields.get(key).line(), number));
        ok = false;
        continue;
      }
      // A list such as tags=a, b stays text here; the schema splits it at the commas.
      fields.put(key, new FrontMatter.Field(key, value, number));
    }
    // With a line that could not be read, the rest is still checked (its problems are recorded).
    return Optional.of(
        new FrontMatter(
            fields, String.join("\n", lines.subList(end + 1, lines.size())), end + 2, ok));
  }

  private static Problem duplicate(String path, String key, int firstLine, int line) {
    return new Problem(
        path,
        line,
        Message.FIELD_GIVEN_TWICE.with(key),
        Message.HINT_KEEP_ONE_OF_THE_LINES.with(firstLine, line));
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
          path, 1, Message.FRONT_MATTER_NOT_CLOSED.with(), Message.HINT_CLOSE_WITH.with("'---'"));
      return Optional.empty();
    }
    String yaml = String.join("\n", lines.subList(1, close));
    String body = String.join("\n", lines.subList(close + 1, lines.size()));
    Node root;
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(path).build();
      Optional<YamlShape> shape = YamlShape.firstIn(yaml, path, 2);
      if (shape.isPresent()) {
        // Line 0 of the YAML is the file's second line.
        int line = shape.get().line() + 2;
        problems.add(
            switch (shape.get().sign()) {
              case ALIAS -> YamlMistakes.reservedSign('*', path, line);
              case ANCHOR -> YamlMistakes.reservedSign('&', path, line);
              case TOO_DEEP -> YamlMistakes.nestedValue(path, line);
            });
        // The body is still checked, so that its problems show in the same run.
        return Optional.of(new FrontMatter(Map.of(), body, close + 2, false));
      }
      Composer composer =
          new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
      root = composer.getSingleNode().orElse(null);
    } catch (YamlEngineException e) {
      problems.add(YamlMistakes.explain(e, path, 2));
      // The body is still checked, so that its problems show in the same run.
      return Optional.of(new FrontMatter(Map.of(), body, close + 2, false));
    }
    // The fields are still read, so that the rest of the file is checked in the same run.
    commentsAfterValues(lines.subList(1, close), 2, root, path).forEach(problems::add);
    if (root == null) {
      return Optional.of(new FrontMatter(Map.of(), body, close + 2));
    }
    if (!(root instanceof MappingNode mapping)) {
      problems.add(
          path,
          lineOf(root),
          Message.FRONT_MATTER_NOT_FIELDS.with(),
          Message.HINT_ONE_FIELD_A_LINE.with());
      return Optional.of(new FrontMatter(Map.of(), body, close + 2, false));
    }
    Map<String, FrontMatter.Field> fields = new LinkedHashMap<>();
    boolean ok = true;
    for (NodeTuple tuple : mapping.getValue()) {
      int line = lineOf(tuple.getKeyNode());
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        problems.add(
            path, line, Message.FIELD_NAME_NOT_A_WORD.with(), Message.HINT_WRITE_NAME_VALUE.with());
        ok = false;
        continue;
      }
      String key = keyNode.getValue();
      if (fields.containsKey(key)) {
        problems.add(duplicate(path, key, fields.get(key).line(), line));
        ok = false;
        continue;
      }
      Object value = valueOf(tuple.getValueNode());
      if (value == null) {
        problems.add(
            path,
            line,
            Message.FIELD_WITH_INDENTED_LINES.with(key),
            Message.HINT_VALUE_ON_THE_SAME_LINE.with(key));
        ok = false;
        continue;
      }
      fields.put(key, new FrontMatter.Field(key, value, line));
    }
    return Optional.of(new FrontMatter(fields, body, close + 2, ok));
  }

  /**
   * A problem for each line where a '#' after a space starts a YAML comment that is not a whole
   * line of its own: YAML drops the comment without a word, so {@code title: Masks #2 of 2020}
   * would publish "Masks". A '#' inside a value (in quotes, or without a space before it) is part
   * of the value; a line that begins with '#' is a note for editors and stays allowed.
   *
   * <p>The sidecars of pictures are checked the same way ({@code images.SidecarReader}).
   *
   * @param yaml the YAML's lines (in a front matter, those between the fences)
   * @param firstLine the file's line number of the first of them (2 in a front matter)
   */
  public static List<Problem> commentsAfterValues(
      List<String> yaml, int firstLine, Node root, String path) {
    Map<Integer, List<int[]>> valueColumns = new HashMap<>();
    if (root != null) {
      collectScalarSpans(root, valueColumns);
    }
    List<Problem> found = new ArrayList<>();
    for (int i = 0; i < yaml.size(); i++) {
      String line = yaml.get(i);
      int column = 0;
      for (int k = 0; k < line.length(); k = line.offsetByCodePoints(k, 1), column++) {
        boolean afterSpace = k > 0 && (line.charAt(k - 1) == ' ' || line.charAt(k - 1) == '\t');
        if (line.charAt(k) != '#' || !afterSpace || inside(valueColumns.get(i), column)) {
          continue;
        }
        found.add(YamlMistakes.comment(line, path, i + firstLine));
        break;
      }
    }
    return found;
  }

  /** Records, line by line, the columns each scalar of the tree covers. */
  private static void collectScalarSpans(Node root, Map<Integer, List<int[]>> spans) {
    // Nested at most twice (the shape check saw to it), so a plain loop over the levels will do.
    List<Node> nodes = new ArrayList<>(List.of(root));
    for (int n = 0; n < nodes.size(); n++) {
      Node node = nodes.get(n);
      if (node instanceof MappingNode map) {
        map.getValue().forEach(t -> nodes.addAll(List.of(t.getKeyNode(), t.getValueNode())));
      } else if (node instanceof SequenceNode seq) {
        nodes.addAll(seq.getValue());
      } else if (node.getStartMark().isPresent() && node.getEndMark().isPresent()) {
        Mark start = node.getStartMark().get();
        Mark end = node.getEndMark().get();
        for (int line = start.getLine(); line <= end.getLine(); line++) {
          int from = line == start.getLine() ? start.getColumn() : 0;
          int to = line == end.getLine() ? end.getColumn() : Integer.MAX_VALUE;
          spans.computeIfAbsent(line, l -> new ArrayList<>()).add(new int[] {from, to});
        }
      }
    }
  }

  private static boolean inside(List<int[]> spans, int column) {
    if (spans == null) {
      return false;
    }
    for (int[] span : spans) {
      if (column >= span[0] && column < span[1]) {
        return true;
      }
    }
    return false;
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
}
