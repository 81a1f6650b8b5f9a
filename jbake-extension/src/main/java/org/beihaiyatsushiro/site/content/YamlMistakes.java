package org.beihaiyatsushiro.site.content;

import java.util.Optional;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Phrase;
import org.beihaiyatsushiro.site.base.Problem;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Says in plain words what went wrong when a front matter is not valid YAML.
 *
 * <p>The YAML parser reports "mapping values are not allowed here" and the like, and often at the
 * line after the mistake; editors need "a value contains ': '" at the line they wrote it. The
 * common mistakes are named here, each at the line where it starts; anything else keeps the
 * parser's own words.
 */
final class YamlMistakes {
  private YamlMistakes() {}

  /**
   * The problem for a YAML error.
   *
   * @param firstLine the file line of the YAML's first line
   */
  static Problem explain(YamlEngineException e, String path, int firstLine) {
    if (!(e instanceof MarkedYamlEngineException marked)) {
      return new Problem(
          path,
          firstLine,
          Message.FRONT_MATTER_NOT_YAML.with(firstLineOf(e.getMessage())),
          Message.HINT_WRITE_EACH_FIELD.with());
    }
    String problem = marked.getProblem() == null ? "" : marked.getProblem();
    String context = marked.getContext() == null ? "" : marked.getContext();
    int at = lineOf(marked.getProblemMark(), firstLine);
    int opened = lineOf(marked.getContextMark(), firstLine);
    if (problem.startsWith("mapping values are not allowed")) {
      return new Problem(
          path,
          at,
          Message.YAML_SECOND_COLON.with(),
          Message.HINT_QUOTE_THE_VALUE_WITH_COLON.with());
    }
    if (problem.contains("'\\t(TAB)'")) {
      return new Problem(path, at, Message.YAML_TAB.with(), Message.HINT_SPACES_NOT_TABS.with());
    }
    if (problem.startsWith("found character")) {
      char c = problem.length() > 17 ? problem.charAt(17) : '?';
      return new Problem(
          path,
          at,
          Message.YAML_RESERVED_SIGN.with(String.valueOf(c)),
          Message.HINT_QUOTE_THE_VALUE.with(c + "…"));
    }
    if (problem.startsWith("found undefined alias")) {
      return new Problem(
          path, at, Message.YAML_RESERVED_SIGN.with("*"), Message.HINT_QUOTE_THE_VALUE.with("*…"));
    }
    if (context.contains("quoted scalar")) {
      return new Problem(
          path, opened, Message.YAML_QUOTE_NOT_CLOSED.with(), Message.HINT_CLOSE_THE_QUOTE.with());
    }
    if (context.contains("flow sequence")) {
      return new Problem(
          path, opened, Message.YAML_LIST_NOT_CLOSED.with(), Message.HINT_QUOTE_A_BRACKET.with());
    }
    if (context.contains("flow mapping")) {
      return new Problem(
          path, opened, Message.YAML_BRACE_NOT_CLOSED.with(), Message.HINT_QUOTE_A_BRACE.with());
    }
    if (context.contains("simple key") || problem.contains("could not find expected ':'")) {
      return new Problem(
          path,
          context.contains("simple key") ? opened : at,
          Message.YAML_NOT_A_FIELD.with(),
          Message.HINT_NAME_COLON_VALUE.with());
    }
    if (problem.contains("but found '-'") || problem.contains("but found '<block sequence")) {
      return new Problem(
          path, at, Message.YAML_LIST_ITEM.with(), Message.HINT_NO_LIST_ITEMS.with());
    }
    if (problem.contains("but found '<scalar>'")) {
      return new Problem(
          path, at, Message.YAML_TEXT_AFTER_QUOTE.with(), Message.HINT_APOSTROPHE.with());
    }
    return new Problem(
        path,
        at,
        Message.FRONT_MATTER_NOT_YAML.with(problem),
        Message.HINT_WRITE_EACH_FIELD_QUOTED.with());
  }

  /**
   * The problem of a value that starts with '&' or '*': YAML reads them as an anchor and an alias
   * to it, which front matter never uses (and which, nested, could multiply into billions of
   * values).
   */
  static Problem reservedSign(char sign, String path, int line) {
    return new Problem(
        path,
        line,
        Message.YAML_RESERVED_SIGN.with(String.valueOf(sign)),
        Message.HINT_NO_ANCHORS.with(sign + "…"));
  }

  /** The problem of a list or '{…}' inside the list of a field. */
  static Problem nestedValue(String path, int line) {
    return new Problem(
        path, line, Message.YAML_NESTED_VALUE.with(), Message.HINT_NO_NESTED_LISTS.with());
  }

  /**
   * The problem of a '#' after a space within a field's line, where YAML starts a comment and
   * silently drops the rest of the line.
   *
   * @param line the text of the line, from which the hint rebuilds the field with its value quoted
   */
  static Problem comment(String line, String path, int number) {
    if (line.strip().startsWith("#")) {
      return new Problem(
          path, number, Message.YAML_INDENTED_COMMENT.with(), Message.HINT_INDENTED_COMMENT.with());
    }
    int colon = line.indexOf(": ");
    String value = colon < 0 ? "" : line.substring(colon + 2).strip();
    Phrase hint;
    if (colon > 0 && !value.isEmpty() && "\"'[{".indexOf(value.charAt(0)) < 0) {
      hint =
          Message.HINT_QUOTE_THE_VALUE_AS.with(
              line.substring(0, colon).strip()
                  + ": \""
                  + value.replace("\\", "\\\\").replace("\"", "\\\"")
                  + "\"");
    } else {
      hint = Message.HINT_KEEP_THE_HASH.with();
    }
    return new Problem(path, number, Message.YAML_COMMENT_IN_LINE.with(), hint);
  }

  private static int lineOf(Optional<Mark> mark, int firstLine) {
    return mark.map(m -> m.getLine() + firstLine).orElse(firstLine);
  }

  private static String firstLineOf(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
