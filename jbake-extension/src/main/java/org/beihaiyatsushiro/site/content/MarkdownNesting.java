package org.beihaiyatsushiro.site.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Problems;

/**
 * Finds Markdown nested deeper than any article needs, before Flexmark reads it.
 *
 * <p>Flexmark parses and renders nested block quotes, lists, links and images by recursion, and
 * some shapes in time that grows with the square of the depth: a thousand nested {@code >} end in a
 * {@link StackOverflowError}, ten thousand nested images take minutes. So the body is measured here
 * first, in one pass over its lines and characters: how many block quotes and list items enclose
 * each line (counting the markers on the line and the list items its indentation keeps it inside),
 * and how deeply closed brackets {@code [ ]} nest within each paragraph. Code blocks are left out.
 * The measure is an estimate from the outside, never below what Flexmark would build for an
 * ordinary text; {@link MarkdownRenderer} measures the parsed tree as well, so that what slips past
 * here still cannot reach the recursive renderer.
 */
final class MarkdownNesting {
  /** The deepest nesting of block quotes and lists, and of brackets, an article may use. */
  static final int MAX_DEPTH = 32;

  /** The longest line of only rule signs ('*', '-', '_'), far beyond what a rule needs. */
  static final int MAX_RULE_LENGTH = 1000;

  private MarkdownNesting() {}

  /**
   * Records a problem at the first line of each stretch of lines nested deeper than {@link
   * #MAX_DEPTH}.
   *
   * @param firstLine the file line on which the body starts
   * @return the body's lines (counted from 0) that are too deep to give to Flexmark; empty when the
   *     whole body is within the limits
   */
  static Set<Integer> check(String body, String path, int firstLine, Problems problems) {
    List<String> lines = body.lines().toList();
    Deque<Integer> listItems = new ArrayDeque<>(); // the content column of each open list item
    String fence = null;
    Set<Integer> tooDeep = new TreeSet<>();
    boolean reported = false;
    List<Integer> paragraph = new ArrayList<>(); // the indexes of the lines of the paragraph
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        bracketsWithinLimit(lines, paragraph, path, firstLine, problems, tooDeep);
        paragraph.clear();
        reported = false;
        continue;
      }
      if (line.length() > MAX_RULE_LENGTH && Line.isThematicBreak(line, 0)) {
        // Flexmark reads a rule with a regular expression that recurses once per sign.
        problems.add(
            path,
            firstLine + i,
            Message.RULE_TOO_LONG.with(line.length(), MAX_RULE_LENGTH),
            Message.HINT_THREE_SIGNS.with());
        tooDeep.add(i);
        continue;
      }
      Line measured = Line.of(line);
      if (fence != null) {
        if (measured.rest.startsWith(fence)) {
          fence = null;
        }
        continue;
      }
      while (!listItems.isEmpty() && listItems.peek() > measured.column) {
        listItems.pop();
      }
      int enclosing = listItems.isEmpty() ? 0 : listItems.peek();
      if (measured.column - enclosing >= 4 && measured.quotes == 0) {
        continue; // an indented code block
      }
      measured.listContentColumns.forEach(listItems::push);
      int depth = measured.quotes + listItems.size();
      if (depth > MAX_DEPTH) {
        if (!reported) {
          problems.add(
              path,
              firstLine + i,
              Message.NESTED_TOO_DEEP.with(depth, MAX_DEPTH),
              Message.HINT_FEWER_LEVELS.with());
          reported = true;
        }
        tooDeep.add(i);
        continue;
      }
      reported = false;
      String opened = fenceOf(measured.rest);
      if (opened != null) {
        fence = opened;
        bracketsWithinLimit(lines, paragraph, path, firstLine, problems, tooDeep);
        paragraph.clear();
        continue;
      }
      paragraph.add(i);
    }
    bracketsWithinLimit(lines, paragraph, path, firstLine, problems, tooDeep);
    return tooDeep;
  }

  /** The opening of a fenced code block the text starts with, or null. */
  private static String fenceOf(String text) {
    for (String fence : List.of("```", "~~~")) {
      if (text.startsWith(fence)) {
        return fence;
      }
    }
    return null;
  }

  /**
   * Checks that the matched brackets of a paragraph nest at most {@link #MAX_DEPTH} deep; a bracket
   * never closed does not count, as Flexmark leaves it as text. Each pass is linear: the first
   * pairs the brackets as a stack would, the second counts only the pairs.
   */
  private static void bracketsWithinLimit(
      List<String> lines,
      List<Integer> paragraph,
      String path,
      int firstLine,
      Problems problems,
      Set<Integer> tooDeep) {
    if (paragraph.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    int[] lineOfChar;
    for (int i : paragraph) {
      text.append(lines.get(i)).append('\n');
    }
    lineOfChar = new int[text.length()];
    int at = 0;
    for (int i : paragraph) {
      for (int k = 0; k <= lines.get(i).length(); k++) {
        lineOfChar[at++] = i;
      }
    }
    boolean[] paired = new boolean[text.length()];
    Deque<Integer> open = new ArrayDeque<>();
    boolean inCode = false;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '`') {
        inCode = !inCode;
      } else if (inCode) {
        continue;
      } else if (c == '[') {
        open.push(k);
      } else if (c == ']' && !open.isEmpty()) {
        paired[open.pop()] = true;
        paired[k] = true;
      }
    }
    int depth = 0;
    for (int k = 0; k < text.length(); k++) {
      if (!paired[k]) {
        continue;
      }
      if (text.charAt(k) == '[') {
        depth++;
        if (depth > MAX_DEPTH) {
          problems.add(
              path,
              firstLine + lineOfChar[k],
              Message.BRACKETS_TOO_DEEP.with(MAX_DEPTH),
              Message.HINT_FEWER_BRACKETS.with());
          tooDeep.addAll(paragraph);
          return;
        }
      } else {
        depth--;
      }
    }
  }

  /**
   * The container markers a line begins with.
   *
   * @param column the column of the line's first character after its block quote markers
   * @param quotes how many block quote markers '>' it begins with, among its list markers
   * @param listContentColumns the content column of each list item the line opens
   * @param rest the text after all markers
   */
  private record Line(int column, int quotes, List<Integer> listContentColumns, String rest) {
    static Line of(String line) {
      int k = 0;
      int col = 0;
      int quotes = 0;
      int column = -1;
      List<Integer> items = new ArrayList<>();
      while (true) {
        while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
          col = line.charAt(k) == '\t' ? (col / 4 + 1) * 4 : col + 1;
          k++;
        }
        if (column < 0 && (k >= line.length() || line.charAt(k) != '>')) {
          column = col;
        }
        if (k >= line.length()) {
          break;
        }
        char c = line.charAt(k);
        if (c == '>') {
          quotes++;
          k++;
          col++;
          continue;
        }
        int marker = listMarkerLength(line, k);
        if (marker == 0 || isThematicBreak(line, k)) {
          break;
        }
        k += marker;
        col += marker;
        items.add(col + 1);
      }
      return new Line(column, quotes, items, line.substring(k));
    }

    /** The length of the list marker at {@code k} ("-", "+", "*", "1.", "12)"), or 0. */
    private static int listMarkerLength(String line, int k) {
      int end = k;
      char c = line.charAt(k);
      if (c == '-' || c == '+' || c == '*') {
        end = k + 1;
      } else {
        while (end < line.length() && end - k < 9 && Character.isDigit(line.charAt(end))) {
          end++;
        }
        if (end == k
            || end >= line.length()
            || (line.charAt(end) != '.' && line.charAt(end) != ')')) {
          return 0;
        }
        end++;
      }
      boolean followed =
          end == line.length() || line.charAt(end) == ' ' || line.charAt(end) == '\t';
      return followed ? end - k : 0;
    }

    /** Whether the rest of the line is only '*', '-' or '_' and spaces: a rule, not a list. */
    private static boolean isThematicBreak(String line, int k) {
      for (int i = k; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c != '*' && c != '-' && c != '_' && c != ' ' && c != '\t') {
          return false;
        }
      }
      return true;
    }
  }
}
