package org.beihaiyatsushiro.site.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Phrase;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML table of data/ (the UI strings, the term list, the messages) read as one tree of YAML
 * nodes, never composed into objects: strict UTF-8 ({@link SourceText}), and a file that cannot be
 * read or is not YAML becomes a problem at its line. The caller walks the nodes and reports their
 * shape, and must not change them.
 *
 * <p>The last tables parsed are remembered with their bytes: a table read again with the same bytes
 * (the live preview bakes on every save, and its data/ seldom changes) gives the same tree and the
 * same problems without being parsed again. Parsing the three message tables was a fifth of a
 * preview bake.
 */
public final class DataTable {
  private DataTable() {}

  /** How many tables are remembered (the site has seven; a test JVM bakes many sites). */
  private static final int REMEMBERED_TABLES = 16;

  /** A table as it was read: the bytes, how it was named and what reading it gave. */
  private record Parsed(
      byte[] bytes,
      String path,
      Phrase what,
      Phrase hint,
      Optional<Node> root,
      List<Problem> found) {
    boolean isOf(byte[] bytes, String path, Phrase what, Phrase hint) {
      return Arrays.equals(this.bytes, bytes)
          && this.path.equals(path)
          && this.what.equals(what)
          && Objects.equals(this.hint, hint);
    }
  }

  /** The last tables parsed, by file, the least recently used first. */
  private static final Map<Path, Parsed> REMEMBERED =
      Collections.synchronizedMap(
          new LinkedHashMap<>(REMEMBERED_TABLES, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Path, Parsed> eldest) {
              return size() > REMEMBERED_TABLES;
            }
          });

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
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add(
          path,
          1,
          Message.TABLE_CANNOT_BE_READ.with(what, String.valueOf(e.getMessage())),
          Message.HINT_CHECK_PERMISSIONS.with());
      return Optional.empty();
    }
    Path key = file.toAbsolutePath().normalize();
    Parsed known = REMEMBERED.get(key);
    if (known == null || !known.isOf(bytes, path, what, hint)) {
      Problems found = new Problems();
      Optional<Node> root = parse(bytes, path, what, hint, found);
      known = new Parsed(bytes, path, what, hint, root, found.sorted());
      REMEMBERED.put(key, known);
    }
    known.found().forEach(problems::add);
    return known.root();
  }

  private static Optional<Node> parse(
      byte[] bytes, String path, Phrase what, Phrase hint, Problems problems) {
    Optional<String> text = SourceText.decode(bytes, path, problems);
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
