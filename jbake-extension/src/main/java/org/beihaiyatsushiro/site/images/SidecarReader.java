package org.beihaiyatsushiro.site.images;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Phrase;
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
              Message.SIDECAR_TOO_DEEP.with(),
              Message.HINT_SIDECAR_LANGUAGES_DIRECTLY.with());
        } else {
          problems.add(
              path, line, Message.SIDECAR_ANCHORS.with(), Message.HINT_SIDECAR_NO_ANCHORS.with());
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
            path, line, Message.SIDECAR_SECOND_COLON.with(), Message.HINT_SIDECAR_QUOTE.with());
      } else {
        problems.add(
            path, line, Message.SIDECAR_NOT_YAML.with(first), Message.HINT_SIDECAR_FORM.with());
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
          Message.SIDECAR_EMPTY.with(),
          Message.HINT_SIDECAR_FIELDS.with());
      return Optional.empty();
    }
    Map<String, NodeTuple> fields = new java.util.LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      int line = lineOf(tuple.getKeyNode());
      String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
      if (!FIELDS.contains(key)) {
        Phrase hint =
            Spelling.closest(key, FIELDS)
                .map(k -> Message.HINT_DID_YOU_MEAN.with(k))
                .orElse(Message.HINT_SIDECAR_FIELDS_ARE.with(String.join(", ", FIELDS)));
        problems.add(path, line, Message.SIDECAR_FIELD_UNKNOWN.with(key), hint);
        continue;
      }
      if (fields.containsKey(key)) {
        problems.add(
            path,
            line,
            Message.FIELD_GIVEN_TWICE.with(key),
            Message.HINT_KEEP_ONE_OF_THEM.with(lineOf(fields.get(key).getKeyNode())));
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
          Message.SIDECAR_FIELD_MISSING.with(name),
          oneForAll
              ? Message.HINT_ADD_IT_OR_ONE_TEXT.with(name)
              : Message.HINT_ADD_IT_PER_LANGUAGE.with(name));
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
                ? Message.SIDECAR_FIELD_EMPTY.with(name)
                : Message.SIDECAR_FIELD_NEEDS_LANGUAGES.with(name),
            Message.HINT_WRITE_IT_PER_LANGUAGE.with(name));
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
          Message.SIDECAR_FIELD_IS_A_LIST.with(name),
          Message.HINT_WRITE_IT_PER_LANGUAGE.with(name));
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
            Message.SIDECAR_NOT_A_LANGUAGE.with(code),
            Message.HINT_WRITE_UNDER_LANGUAGES.with(name));
        ok = false;
        continue;
      }
      if (!(t.getValueNode() instanceof ScalarNode text) || text.getValue().isBlank()) {
        problems.add(
            path,
            lineOf(t.getKeyNode()),
            Message.SIDECAR_LANGUAGE_EMPTY.with(name, code),
            Message.HINT_WRITE_IT_AFTER.with(code));
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
            Message.SIDECAR_LANGUAGE_MISSING.with(name, lang.code()),
            Message.HINT_ADD_A_LANGUAGE_LINE.with(lang.code(), name));
        ok = false;
      }
    }
    return ok ? texts : null;
  }

  private static String licence(NodeTuple field, String path, Problems problems) {
    String known = String.join(", ", Sidecar.LICENCES.stream().sorted().toList());
    if (field == null) {
      problems.add(path, 1, Message.LICENCE_MISSING.with(), Message.HINT_ADD_A_LICENCE.with(known));
      return null;
    }
    String value = field.getValueNode() instanceof ScalarNode s ? s.getValue().strip() : "";
    if (!Sidecar.LICENCES.contains(value)) {
      Phrase hint =
          Spelling.closest(value, Sidecar.LICENCES)
              .map(l -> Message.HINT_DID_YOU_MEAN.with(l))
              .orElse(Message.HINT_KNOWN_LICENCES.with(known));
      problems.add(
          path,
          lineOf(field.getKeyNode()),
          value.isEmpty() ? Message.LICENCE_EMPTY.with() : Message.LICENCE_UNKNOWN.with(value),
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
