package org.beihaiyatsushiro.site.authoring;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of an editors' guide, taken from its fenced code blocks, whose info string says what
 * each one is:
 *
 * <ul>
 *   <li>{@code markdown example content/en/x.md}: a file of the guide's example site;
 *   <li>{@code markdown error-example content/en/y.md}: a file with the mistakes the guide
 *       explains;
 *   <li>{@code text problems}: the lines the build prints for the error examples;
 *   <li>{@code text translation-report}: lines of the translation report of the example site.
 * </ul>
 */
final class GuideExamples {
  /** One block: its role, the file it stands for (or null), and its text. */
  record Block(String role, String path, String text) {
    List<String> lines() {
      return text.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  private final Path guide;
  private final List<Block> blocks;

  private GuideExamples(Path guide, List<Block> blocks) {
    this.guide = guide;
    this.blocks = List.copyOf(blocks);
  }

  static GuideExamples read(Path guide) {
    String text;
    try {
      text = Files.readString(guide);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Block> blocks = new ArrayList<>();
    for (Node node : Parser.builder().build().parse(text).getDescendants()) {
      if (node instanceof FencedCodeBlock code) {
        String[] info = code.getInfo().toString().strip().split("\\s+");
        blocks.add(
            new Block(
                info.length > 1 ? info[1] : "",
                info.length > 2 ? info[2] : null,
                code.getContentChars().toString()));
      }
    }
    return new GuideExamples(guide, blocks);
  }

  Path guide() {
    return guide;
  }

  String text() {
    try {
      return Files.readString(guide);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Block> withRole(String role) {
    return blocks.stream().filter(b -> b.role().equals(role)).toList();
  }

  List<Block> examples() {
    return withRole("example");
  }

  List<Block> errorExamples() {
    return withRole("error-example");
  }

  /** Every line of every block with this role, in the guide's order. */
  List<String> linesOf(String role) {
    return withRole(role).stream().flatMap(b -> b.lines().stream()).toList();
  }
}
