package org.beihaiyatsushiro.site.content;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Problems;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The site's words per language, data/lint/terms.yml: under each language code, the word to avoid
 * and, after the colon, the word to write ({@code 大事记: 时间线}). Read as YAML nodes by {@link
 * DataTable}, never composed into objects, so an alias cannot multiply.
 */
final class TermList {
  private TermList() {}

  static Map<Language, List<LanguageLint.Term>> read(
      Path dataFolder, String displayFolder, Problems problems) {
    Map<Language, List<LanguageLint.Term>> terms = new EnumMap<>(Language.class);
    Path file = dataFolder.resolve(LanguageLint.TERMS_FILE);
    String path = displayFolder + "/" + LanguageLint.TERMS_FILE;
    // A link or special file in its place is reported by SourceTree and never read.
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return terms;
    }
    Node root =
        DataTable.read(
                file,
                path,
                Message.THE_TERM_LIST.with(),
                Message.HINT_TERM_LIST_FORM.with(),
                problems)
            .orElse(null);
    if (root == null) {
      return terms;
    }
    if (!(root instanceof MappingNode languages)) {
      problems.add(
          path, 1, Message.TERM_LIST_NOT_LANGUAGES.with(), Message.HINT_TERM_LIST_EXAMPLE.with());
      return terms;
    }
    for (NodeTuple byLang : languages.getValue()) {
      int line = lineOf(byLang.getKeyNode());
      Optional<Language> lang =
          byLang.getKeyNode() instanceof ScalarNode s
              ? Language.ofFolder(s.getValue())
              : Optional.empty();
      if (lang.isEmpty()) {
        problems.add(
            path, line, Message.NOT_A_LANGUAGE.with(), Message.HINT_WRITE_A_LANGUAGE.with());
        continue;
      }
      if (!(byLang.getValueNode() instanceof MappingNode words)) {
        problems.add(
            path,
            line,
            Message.TERM_LIST_NOT_WORDS.with(lang.get().code()),
            Message.HINT_TERM_LIST_INDENT.with(lang.get().code()));
        continue;
      }
      List<LanguageLint.Term> list = new ArrayList<>();
      for (NodeTuple word : words.getValue()) {
        if (word.getKeyNode() instanceof ScalarNode avoid
            && word.getValueNode() instanceof ScalarNode write
            && !avoid.getValue().isBlank()
            && !write.getValue().isBlank()) {
          list.add(new LanguageLint.Term(avoid.getValue().strip(), write.getValue().strip()));
        } else {
          problems.add(
              path,
              lineOf(word.getKeyNode()),
              Message.TERM_LIST_LINE_NOT_A_PAIR.with(),
              Message.HINT_TERM_LIST_BOTH_WORDS.with());
        }
      }
      terms.put(lang.get(), list);
    }
    return terms;
  }

  private static int lineOf(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
  }
}
