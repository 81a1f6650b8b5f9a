package org.beihaiyatsushiro.site.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Problems;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The site's words per language, data/lint/terms.yml: under each language code, the word to avoid
 * and, after the colon, the word to write ({@code 大事记: 时间线}). Read as YAML nodes, never composed
 * into objects, so an alias cannot multiply.
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
    Optional<String> text;
    try {
      text = SourceText.decode(Files.readAllBytes(file), path, problems);
    } catch (IOException e) {
      problems.add(path, 1, "the term list cannot be read: " + e.getMessage(), "check its rights");
      return terms;
    }
    if (text.isEmpty()) {
      return terms;
    }
    Node root;
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(path).build();
      root =
          new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text.get())))
              .getSingleNode()
              .orElse(null);
    } catch (MarkedYamlEngineException e) {
      problems.add(
          path,
          e.getProblemMark().map(m -> m.getLine() + 1).orElse(1),
          "the term list is not valid YAML: " + e.getProblem(),
          "write a language code, then one indented 'word to avoid: word to write' a line");
      return terms;
    } catch (YamlEngineException e) {
      problems.add(path, 1, "the term list is not valid YAML", "see the editors' guide");
      return terms;
    }
    if (root == null) {
      return terms;
    }
    if (!(root instanceof MappingNode languages)) {
      problems.add(path, 1, "the term list must be language codes", "for example 'zh:'");
      return terms;
    }
    for (NodeTuple byLang : languages.getValue()) {
      int line = lineOf(byLang.getKeyNode());
      Optional<Language> lang =
          byLang.getKeyNode() instanceof ScalarNode s
              ? Language.of(s.getValue()).filter(l -> l.code().equals(s.getValue()))
              : Optional.empty();
      if (lang.isEmpty()) {
        problems.add(path, line, "this is not a language of the site", "write zh, ja or en");
        continue;
      }
      if (!(byLang.getValueNode() instanceof MappingNode words)) {
        problems.add(
            path,
            line,
            "the words of " + lang.get().code() + " are not 'avoid: write' lines",
            "indent one 'word to avoid: word to write' a line under '" + lang.get().code() + ":'");
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
              "this line is not 'word to avoid: word to write'",
              "write both words, for example '时间线: 大事记'");
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
