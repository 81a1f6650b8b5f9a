package org.beihaiyatsushiro.site.i18n;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Phrase;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.content.DataTable;
import org.beihaiyatsushiro.site.content.SourceTree;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Tells a problem in its editor's language: the one place where a {@link Problem} becomes the text
 * {@code path:line: message (hint)} that ./check-content, the build, the preview's error page and
 * the translation report show.
 *
 * <p>The words come from the tables data/messages/&lt;lang&gt;.yml, read once per build, one {@code
 * message_id: text} a line with {@code {name}} for each value ({@link Message} names the ids and
 * their placeholders). A problem in a file under content/zh/ is told in Chinese, under content/ja/
 * in Japanese, any other in English; {@code site.messages} chooses one language for all. A table
 * that lacks an id, or a text that leaves out or invents a placeholder, is a problem that fails the
 * build, in fixed English ({@link Message#fixedText}); until it is fixed, such a message is told in
 * English, and when the English table itself cannot give it, as its id and values, so that every
 * problem can always be printed.
 */
public final class ProblemText {
  /** The folder of the tables in data/. */
  public static final String FOLDER = "messages";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");

  private final Map<Language, Map<Message, String>> tables;
  private final Optional<Language> chosen;
  private final String contentFolder;

  private ProblemText(
      Map<Language, Map<Message, String>> tables, Optional<Language> chosen, String contentFolder) {
    this.tables = tables;
    this.chosen = chosen;
    this.contentFolder = contentFolder.endsWith("/") ? contentFolder : contentFolder + "/";
  }

  /**
   * The tables of the site's data folder, with the site's choice of language; each problem of the
   * tables goes to {@code problems}.
   */
  public static ProblemText load(SiteConfig config, Problems problems) {
    Path root = config.siteRoot().toAbsolutePath().normalize();
    return load(
        config.dataFolder(),
        display(root, config.dataFolder()),
        display(root, config.contentFolder()),
        config.messages(),
        problems);
  }

  /**
   * Reads data/messages/*.yml.
   *
   * @param displayFolder the data folder as problems name it: "data"
   * @param contentFolder the content folder as problems name it: "content"
   * @param chosen the one language of every message, or empty for the language of each file
   */
  public static ProblemText load(
      Path dataFolder,
      String displayFolder,
      String contentFolder,
      Optional<Language> chosen,
      Problems problems) {
    Map<Language, Map<Message, String>> tables = new EnumMap<>(Language.class);
    for (Language lang : Language.values()) {
      Path file = dataFolder.resolve(FOLDER).resolve(lang.code() + ".yml");
      String path = displayFolder + "/" + FOLDER + "/" + lang.code() + ".yml";
      tables.put(lang, read(dataFolder, displayFolder, file, path, lang, problems));
    }
    return new ProblemText(tables, chosen, contentFolder);
  }

  /** The language a problem is told in: the site's choice, else its file's folder's. */
  public Language languageOf(Problem problem) {
    return chosen.orElseGet(() -> languageOfPath(problem.path()));
  }

  private Language languageOfPath(String path) {
    if (path.startsWith(contentFolder)) {
      String rest = path.substring(contentFolder.length());
      int slash = rest.indexOf('/');
      if (slash > 0) {
        return Language.ofFolder(rest.substring(0, slash)).orElse(Language.EN);
      }
    }
    return Language.EN;
  }

  /** The problem as printed: {@code path:line: message (hint)}, in its language. */
  public String line(Problem problem) {
    Language lang = languageOf(problem);
    String message = message(problem);
    Optional<String> hint = hint(problem);
    String told;
    if (hint.isEmpty()) {
      told = message;
    } else if (template(Message.WITH_HINT, lang).isPresent()) {
      told = text(Message.WITH_HINT.with(message, hint.get()), lang);
    } else {
      told = message + " (" + hint.get() + ")"; // no table at all: the form still holds
    }
    return problem.path() + ":" + problem.line() + ": " + told;
  }

  /** What is wrong, in the problem's language. */
  public String message(Problem problem) {
    return text(problem.message(), languageOf(problem));
  }

  /** How to fix it, in the problem's language; empty when the problem has no hint. */
  public Optional<String> hint(Problem problem) {
    return problem.hint().map(h -> text(h, languageOf(problem)));
  }

  /**
   * The language of the lines that sum a run up (the count, "the build failed"): the site's choice,
   * else the one language all the problems are told in, else English.
   */
  public Language summaryLanguage(Collection<Problem> problems) {
    if (chosen.isPresent()) {
      return chosen.get();
    }
    Set<Language> used = new LinkedHashSet<>();
    problems.forEach(p -> used.add(languageOf(p)));
    return used.size() == 1 ? used.iterator().next() : Language.EN;
  }

  /** A phrase in a language, with its values put in. */
  public String text(Phrase phrase, Language lang) {
    Message message = phrase.message();
    Optional<String> template = template(message, lang);
    if (template.isEmpty()) {
      return asIdAndValues(phrase, lang);
    }
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < phrase.values().size(); i++) {
      values.put(message.placeholders().get(i), phrase.values().get(i));
    }
    Matcher m = PLACEHOLDER.matcher(template.get());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = values.get(m.group(1));
      m.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? m.group() : valueText(value, lang)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The text of a message in a language, else in English; empty when no table has it. */
  private Optional<String> template(Message message, Language lang) {
    return message
        .fixedText()
        .or(() -> Optional.ofNullable(tables.get(lang).get(message)))
        .or(() -> Optional.ofNullable(tables.get(Language.EN).get(message)));
  }

  private String valueText(Object value, Language lang) {
    if (value instanceof Phrase p) {
      return text(p, lang);
    }
    if (value instanceof Month month) {
      return lang.isCjk()
          ? month.getValue() + "月"
          : month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
    return value.toString();
  }

  /** A message no table can give (the English table is broken too): its id and its values. */
  private String asIdAndValues(Phrase phrase, Language lang) {
    if (phrase.values().isEmpty()) {
      return phrase.message().key();
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < phrase.values().size(); i++) {
      parts.add(
          phrase.message().placeholders().get(i) + ": " + valueText(phrase.values().get(i), lang));
    }
    return phrase.message().key() + " (" + String.join(", ", parts) + ")";
  }

  private static String display(Path root, Path folder) {
    Path f = folder.toAbsolutePath().normalize();
    return f.startsWith(root) ? root.relativize(f).toString().replace('\\', '/') : f.toString();
  }

  /**
   * One table, with only its usable texts: each missing id, unknown id and text with a wrong
   * placeholder is reported (in fixed English) and left out, so that the English text stands in.
   */
  private static Map<Message, String> read(
      Path dataFolder,
      String displayFolder,
      Path file,
      String path,
      Language lang,
      Problems problems) {
    Map<Message, String> table = new EnumMap<>(Message.class);
    Problems found = new Problems();
    boolean plain =
        SourceTree.isRegularFile(
            dataFolder,
            file,
            f -> displayFolder + "/" + dataFolder.relativize(f).toString().replace('\\', '/'),
            found);
    if (!plain) {
      if (found.isEmpty() && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(path, 1, Message.MESSAGES_TABLE_MISSING.with(), null);
      }
      found.sorted().forEach(p -> problems.add(unreadable(p)));
      return table;
    }
    Optional<Node> root = DataTable.read(file, path, Message.THE_TABLE.with(), null, found);
    if (!found.isEmpty()) {
      found.sorted().forEach(p -> problems.add(unreadable(p)));
      return table;
    }
    if (!(root.orElse(null) instanceof MappingNode mapping)) {
      problems.add(path, 1, Message.MESSAGES_NOT_A_TABLE.with(), null);
      return table;
    }
    Map<String, Integer> lines = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      int line = tuple.getKeyNode().getStartMark().map(m -> m.getLine() + 1).orElse(1);
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        problems.add(path, line, Message.MESSAGES_KEY_NOT_A_WORD.with(), null);
        continue;
      }
      String key = keyNode.getValue();
      if (lines.containsKey(key)) {
        problems.add(path, line, Message.MESSAGES_KEY_TWICE.with(key, lines.get(key), line), null);
        continue;
      }
      lines.put(key, line);
      Optional<Message> message = messageOf(key);
      if (message.isEmpty()) {
        problems.add(path, line, Message.MESSAGES_KEY_UNKNOWN.with(key), null);
        continue;
      }
      if (!(tuple.getValueNode() instanceof ScalarNode value)
          || value.getValue().isBlank()
          || (value.getTag().equals(Tag.NULL) && value.getScalarStyle() == ScalarStyle.PLAIN)) {
        problems.add(path, line, Message.MESSAGES_NO_TEXT.with(key), null);
        continue;
      }
      if (placeholdersFit(message.get(), value.getValue(), path, line, problems)) {
        table.put(message.get(), value.getValue());
      }
    }
    for (Message message : Message.values()) {
      if (message.fixedText().isEmpty() && !lines.containsKey(message.key())) {
        problems.add(path, 1, Message.MESSAGES_KEY_MISSING.with(message.key(), lang.code()), null);
      }
    }
    return table;
  }

  /** Whether a text has exactly the placeholders of its message; each difference is reported. */
  private static boolean placeholdersFit(
      Message message, String text, String path, int line, Problems problems) {
    Set<String> written = placeholdersOf(text);
    boolean fits = true;
    for (String name : message.placeholders()) {
      if (!written.contains(name)) {
        problems.add(
            path,
            line,
            Message.MESSAGES_PLACEHOLDER_MISSING.with(message.key(), "{" + name + "}"),
            null);
        fits = false;
      }
    }
    for (String name : written) {
      if (!message.placeholders().contains(name)) {
        problems.add(
            path,
            line,
            Message.MESSAGES_PLACEHOLDER_UNKNOWN.with(
                message.key(),
                "{" + name + "}",
                message.placeholders().isEmpty()
                    ? "none"
                    : message.placeholders().stream()
                        .map(n -> "{" + n + "}")
                        .collect(Collectors.joining(", "))),
            null);
        fits = false;
      }
    }
    return fits;
  }

  /** The names of the placeholders a text holds, {@code {field}} as "field". */
  public static Set<String> placeholdersOf(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static Optional<Message> messageOf(String key) {
    if (!key.matches("[a-z0-9_]+")) {
      return Optional.empty();
    }
    try {
      Message m = Message.valueOf(key.toUpperCase(Locale.ROOT));
      return m.fixedText().isPresent() ? Optional.empty() : Optional.of(m);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * A problem found while reading a table (a link in its place, bytes that are not UTF-8, broken
   * YAML) in fixed English: the tables cannot be trusted to tell it. Its detail is the values of
   * the problem as found (the YAML parser's own words, the link's target).
   */
  private static Problem unreadable(Problem found) {
    String detail =
        found.message().values().stream()
            .filter(v -> v instanceof String)
            .map(Object::toString)
            .collect(Collectors.joining("; "));
    return new Problem(
        found.path(),
        found.line(),
        Message.MESSAGES_TABLE_UNREADABLE.with(
            detail.isEmpty() ? found.message().message().key().replace('_', ' ') : detail),
        null);
  }
}
