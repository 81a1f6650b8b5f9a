package org.beihaiyatsushiro.site.content;

import java.util.Optional;
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
          "the front matter is not valid YAML (" + firstLineOf(e.getMessage()) + ")",
          "write each field as 'name: value'");
    }
    String problem = marked.getProblem() == null ? "" : marked.getProblem();
    String context = marked.getContext() == null ? "" : marked.getContext();
    int at = lineOf(marked.getProblemMark(), firstLine);
    int opened = lineOf(marked.getContextMark(), firstLine);
    if (problem.startsWith("mapping values are not allowed")) {
      return new Problem(
          path,
          at,
          "this line has a second ': ' in its value, or is indented",
          "put the value in quotes, for example title: \"Beihai: a port city\", and start every"
              + " field at the beginning of its line");
    }
    if (problem.contains("'\\t(TAB)'")) {
      return new Problem(
          path, at, "this line contains a tab character", "use spaces instead of tabs");
    }
    if (problem.startsWith("found character")) {
      char c = problem.length() > 17 ? problem.charAt(17) : '?';
      return new Problem(
          path,
          at,
          "a value starts with '" + c + "', a sign YAML keeps for itself",
          "put the value in quotes, for example title: \"" + c + "…\"");
    }
    if (problem.startsWith("found undefined alias")) {
      return new Problem(
          path,
          at,
          "a value starts with '*', a sign YAML keeps for itself",
          "put the value in quotes, for example title: \"*…\"");
    }
    if (context.contains("quoted scalar")) {
      return new Problem(
          path,
          opened,
          "a quotation mark opened on this line is never closed",
          "end the value with the same quotation mark it starts with");
    }
    if (context.contains("flow sequence")) {
      return new Problem(
          path,
          opened,
          "a list opened with '[' on this line is not closed with ']'",
          "no field takes a list: if the value starts with '[', put it in quotes, for example"
              + " title: \"[…]\"");
    }
    if (context.contains("flow mapping")) {
      return new Problem(
          path,
          opened,
          "a '{' on this line is never closed",
          "put the value in quotes if it contains '{'");
    }
    if (context.contains("simple key") || problem.contains("could not find expected ':'")) {
      return new Problem(
          path,
          context.contains("simple key") ? opened : at,
          "this line is not in the form 'name: value'",
          "write the field's name, a colon and a space, then the value");
    }
    if (problem.contains("but found '-'") || problem.contains("but found '<block sequence")) {
      return new Problem(
          path,
          at,
          "a list item '- …' stands where a field was expected",
          "write each field on one line as 'name: value'; no field takes a list of '- …' items");
    }
    if (problem.contains("but found '<scalar>'")) {
      return new Problem(
          path,
          at,
          "there is more text after the closing quotation mark of a value",
          "if the value contains an apostrophe, put it in double quotes: title: \"It's\"");
    }
    return new Problem(
        path,
        at,
        "the front matter is not valid YAML (" + problem + ")",
        "write each field as 'name: value'; put quotes around values that contain ': ' or '#'");
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
        "a value starts with '" + sign + "', a sign YAML keeps for itself",
        "put the value in quotes, for example title: \""
            + sign
            + "…\"; front matter has no use for YAML's anchors (&) and aliases (*)");
  }

  /** The problem of a list or '{…}' inside the list of a field. */
  static Problem nestedValue(String path, int line) {
    return new Problem(
        path,
        line,
        "this value has a list or a '{…}' nested inside it, which no field accepts",
        "no field takes a list: put a value that contains '[' or '{' in quotes");
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
          path,
          number,
          "this line is indented and starts with '#', so YAML leaves it out as a comment",
          "start a note for editors at the beginning of the line; if the line continues the"
              + " value above, write the whole value on one line in quotes");
    }
    int colon = line.indexOf(": ");
    String value = colon < 0 ? "" : line.substring(colon + 2).strip();
    String hint;
    if (colon > 0 && !value.isEmpty() && "\"'[{".indexOf(value.charAt(0)) < 0) {
      hint =
          "put the value in quotes: "
              + line.substring(0, colon).strip()
              + ": \""
              + value.replace("\\", "\\\\").replace("\"", "\\\"")
              + "\"";
    } else {
      hint =
          "to keep the '#', put it inside the value's quotes; to write a note, put it on a line"
              + " of its own that starts with '#'";
    }
    return new Problem(
        path,
        number,
        "a ' #' in this line starts a YAML comment, so what follows it is left out",
        hint);
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
