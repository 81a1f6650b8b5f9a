package org.beihaiyatsushiro.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reading a table of data/ again: the same bytes give the same tree and problems, unparsed. */
class DataTableTest {
  @TempDir Path dir;

  @Test
  void aTableReadAgainWithTheSameBytesGivesTheSameTreeAndANewChangeIsRead() throws Exception {
    Path file = dir.resolve("strings.yml");
    Files.writeString(file, "title: Beihai\n", StandardCharsets.UTF_8);

    Optional<Node> first = read(file, "data/strings.yml", new Problems());
    Optional<Node> again = read(file, "data/strings.yml", new Problems());
    assertThat(first).containsInstanceOf(MappingNode.class);
    assertThat(again.get()).isSameAs(first.get());

    Files.writeString(file, "title: Yatsushiro\nyears: 1972\n", StandardCharsets.UTF_8);
    Optional<Node> changed = read(file, "data/strings.yml", new Problems());
    assertThat(changed.get()).isNotSameAs(first.get());
    assertThat(((MappingNode) changed.get()).getValue()).hasSize(2);
  }

  @Test
  void aBrokenTableReadAgainIsReportedAgainUnderTheNameItIsReadBy() throws Exception {
    Path file = dir.resolve("broken.yml");
    Files.writeString(file, "title: [unclosed\n", StandardCharsets.UTF_8);

    Problems first = new Problems();
    assertThat(read(file, "data/broken.yml", first)).isEmpty();
    Problems again = new Problems();
    assertThat(read(file, "data/broken.yml", again)).isEmpty();
    Problems renamed = new Problems();
    read(file, "site/data/broken.yml", renamed);

    assertThat(first.sorted()).hasSize(1);
    assertThat(again.sorted()).isEqualTo(first.sorted());
    assertThat(renamed.sorted()).extracting(Problem::path).containsExactly("site/data/broken.yml");

    Files.writeString(file, "title: mended\n", StandardCharsets.UTF_8);
    Problems mended = new Problems();
    assertThat(read(file, "data/broken.yml", mended)).isPresent();
    assertThat(mended.isEmpty()).isTrue();
  }

  private static Optional<Node> read(Path file, String path, Problems problems) {
    return DataTable.read(file, path, Message.THE_TABLE.with(), null, problems);
  }
}
