package org.beihaiyatsushiro.site.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Phrase;
import org.beihaiyatsushiro.site.base.Problems;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML table of data/ (the UI strings, the term list) read as one tree of YAML nodes, never
 * composed into objects: strict UTF-8 ({@link SourceText}), and a file that cannot be read or is
 * not YAML becomes a problem at its line. The caller walks the nodes and reports their shape.
 */
public final class DataTable {
  private DataTable() {}

  /**
   * The file's root node; empty when the file is empty or has problems (reported).
   *
   * @param file the file, a plain file (links and special files are refused by {@link SourceTree})
   * @param path the file as problems name it
   * @param what what the file is, for the messages: "the table", "the term list"
   * @param hint how its lines are written, the hint of a YAML error
   */
  public static Optional<Node> read(
      Path file, String path, Phrase what, Phrase hint, Problems problems) {
    Optional<String> text;
    try {
      text = SourceText.decode(Files.readAllBytes(file), path, problems);
    } catch (IOException e) {
      problems.add(
          path,
          1,
          Message.TABLE_CANNOT_BE_READ.with(what, String.valueOf(e.getMessage())),
          Message.HINT_CHECK_PERMISSIONS.with());
      return Optional.empty();
    }
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(path).build();
      return new Composer(
              settings, new ParserImpl(settings, new StreamReader(settings, text.get())))
          .getSingleNode();
    } catch (MarkedYamlEngineException e) {
      problems.add(
          path,
          e.getProblemMark().map(m -> m.getLine() + 1).orElse(1),
          Message.TABLE_NOT_YAML.with(what, e.getProblem()),
          hint);
    } catch (YamlEngineException e) {
      problems.add(
          path,
          1,
          Message.TABLE_NOT_YAML.with(what, e.getMessage().lines().findFirst().orElse("")),
          hint);
    }
    return Optional.empty();
  }
}
