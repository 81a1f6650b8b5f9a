package org.beihaiyatsushiro.site.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Phrase;
import org.beihaiyatsushiro.site.base.Problems;

/**
 * The mechanical rules of writing in each language, checked in the text an editor wrote (titles,
 * summaries and the Markdown's prose): never in code, addresses, HTML tags, or a passage marked as
 * another language ({@code <span lang="ja">…</span>} on a Chinese page).
 *
 * <p>Every finding is a problem, so the build fails: a warning in a build log is never read. One
 * finding the editor means is allowed in place with an HTML comment naming its rule, {@code <!--
 * lint-allow: term -->}, on the same line or alone on the line before. The rules and their names
 * are {@link Rule}; the editors' guides show each with an example.
 */
public final class LanguageLint {

  /** A rule, by the name an allowance comment gives it. */
  public enum Rule {
    /** Japanese: 「」 inside 「」, where the inner pair is 『』. */
    NESTED_BRACKETS("nested-brackets"),
    /** Chinese and Japanese: , . : ; ? ! ( ) next to Chinese or Japanese characters. */
    HALF_WIDTH_PUNCTUATION("half-width-punctuation"),
    /** Chinese and Japanese: a space between two Chinese or Japanese characters. */
    SPACE("space"),
    /** Every language: full-width digits and Latin letters (２０２２, ＣＯＶＩＤ). */
    FULL_WIDTH("full-width"),
    /** Every language: a hyphen where a dash is meant (" - ", 1972-2022, 北海-八代). */
    DASH("dash"),
    /** Every language: a word the site writes otherwise (data/lint/terms.yml). */
    TERM("term");

    private final String code;

    Rule(String code) {
      this.code = code;
    }

    /** The rule's name in an allowance comment. */
    public String code() {
      return code;
    }

    static Optional<Rule> of(String code) {
      return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
  }

  /** A word to avoid in a language, and the word the site writes instead. */
  public record Term(String avoid, String write) {}

  /** The lint without a term list: every rule but {@link Rule#TERM}. */
  public static final LanguageLint WITHOUT_TERMS = new LanguageLint(Map.of());

  /** Where the term list lives in the data folder. */
  public static final String TERMS_FILE = "lint/terms.yml";

  /** Stands for a passage that is not checked (code, an address, another language). */
  private static final char SKIPPED = '\uFFFC';

  /** Stands for a line break inside a paragraph: a boundary, neither a space nor a letter. */
  private static final char LINE_BREAK = '\n';

  private static final Pattern ALLOWANCE =
      Pattern.compile("lint-allow\\s*:\\s*([a-z-]+(?:\\s*,\\s*[a-z-]+)*)");
  private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<=\\S) - (?=\\S)");
  private static final Pattern YEAR_RANGE =
      Pattern.compile("(?<![0-9-])[0-9]{4}-[0-9]{4}(?![0-9-])");
  private static final String HALF_WIDTH = ",.:;?!()";

  /** The language of a ruby reading, which no rule checks. */
  private static final String READING = "-reading";

  private final Map<Language, List<Term>> terms;

  public LanguageLint(Map<Language, List<Term>> terms) {
    Map<Language, List<Term>> copy = new EnumMap<>(Language.class);
    terms.forEach((lang, list) -> copy.put(lang, List.copyOf(list)));
    this.terms = copy;
  }

  /**
   * Reads the term list, data/lint/terms.yml: for each language code a map of the word to avoid to
   * the word to write. A site without the file has no term list.
   */
  public static LanguageLint load(Path dataFolder, String displayFolder, Problems problems) {
    return new LanguageLint(TermList.read(dataFolder, displayFolder, problems));
  }

  /** The terms of a language, for the guides and tests. */
  public List<Term> termsOf(Language lang) {
    return terms.getOrDefault(lang, List.of());
  }

  /**
   * Checks a value of the front matter (a title, a summary), plain text on one line.
   *
   * @param line the line of the field
   */
  public void checkPlain(String text, Language lang, String path, int line, Problems problems) {
    if (text == null || text.isEmpty()) {
      return;
    }
    int[] lines = new int[text.length()];
    Arrays.fill(lines, line);
    for (Finding f : findings(text, lines, lang)) {
      problems.add(path, f.line(), f.message(), f.hint());
    }
  }

  /**
   * Checks the prose of a parsed Markdown body.
   *
   * @param lineOf the file line of a body line (Flexmark counts the body's lines from 0)
   */
  void checkBody(
      Document document, Language lang, String path, IntUnaryOperator lineOf, Problems problems) {
    Set<String> allowed = new HashSet<>();
    List<Finding> found = new ArrayList<>();
    new Walk(lang, lineOf, allowed, found, path, problems).blockOf(document);
    for (Finding f : found) {
      if (!allowed.contains(f.line() + ":" + f.rule().code())) {
        problems.add(path, f.line(), f.message(), f.hint());
      }
    }
  }

  private record Finding(Rule rule, int line, Phrase message, Phrase hint) {}

  /** Follows a body in document order, one block of text (a paragraph, a heading) at a time. */
  private final class Walk {
    final Language lang;
    final IntUnaryOperator lineOf;
    final Set<String> allowed;
    final List<Finding> found;
    final String path;
    final Problems problems;
    final StringBuilder text = new StringBuilder();
    final List<Integer> lines = new ArrayList<>();
    final Deque<String> langs = new ArrayDeque<>();

    Walk(
        Language lang,
        IntUnaryOperator lineOf,
        Set<String> allowed,
        List<Finding> found,
        String path,
        Problems problems) {
      this.lang = lang;
      this.lineOf = lineOf;
      this.allowed = allowed;
      this.found = found;
      this.path = path;
      this.problems = problems;
    }

    /** A block: its text is checked as one, so a pair of brackets may span its lines. */
    void blockOf(Node block) {
      flush();
      children(block);
      flush();
    }

    // The tree is at most MarkdownRenderer.MAX_TREE_DEPTH deep when the lint runs.
    void children(Node node) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof HtmlInlineComment || child instanceof HtmlCommentBlock) {
          allow(child);
        } else if (child instanceof HtmlInline) {
          tag(child.getChars().toString());
        } else if (child instanceof Code
            || child instanceof CodeBlock
            || child instanceof FencedCodeBlock
            || child instanceof IndentedCodeBlock
            || child instanceof HtmlBlock
            || child instanceof AutoLink
            || child instanceof MailLink
            || child instanceof Reference
            || child instanceof HtmlEntity) {
          append(SKIPPED, child);
        } else if (child instanceof Text t) {
          String s = t.getChars().unescape();
          if (!ownLanguage()) {
            append(SKIPPED, child);
          } else {
            // Flexmark counts a node's line from the start of the body: once per node, not per
            // character (that made the lint quadratic in the length of an article).
            int line = lineOf.applyAsInt(child.getLineNumber());
            for (int i = 0; i < s.length(); i++) {
              append(s.charAt(i), line);
            }
          }
        } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
          append(LINE_BREAK, child);
        } else if (child instanceof Block || child instanceof TableCell) {
          blockOf(child);
        } else {
          children(child);
        }
      }
    }

    /** Whether the text at this point is in the page's language (not in a span of another). */
    boolean ownLanguage() {
      return langs.isEmpty() || langs.peek().equals(lang.code());
    }

    /** Follows the spans that set a language: {@code <span lang="ja">} … {@code </span>}. */
    void tag(String html) {
      Matcher open = Pattern.compile("^<([A-Za-z][A-Za-z0-9]*)").matcher(html);
      if (html.startsWith("</")) {
        if (!langs.isEmpty()) {
          langs.pop();
        }
      } else if (open.find() && !html.endsWith("/>") && !open.group(1).equalsIgnoreCase("br")) {
        String name = open.group(1).toLowerCase(Locale.ROOT);
        Matcher lang = Pattern.compile("\\blang\\s*=\\s*[\"']?([A-Za-z]+)").matcher(html);
        String inherited = langs.isEmpty() ? this.lang.code() : langs.peek();
        // A reading (<rt>) and its fallback brackets (<rp>) are not prose: they are left alone.
        langs.push(
            name.equals("rt") || name.equals("rp")
                ? READING
                : lang.find() ? lang.group(1).toLowerCase(Locale.ROOT) : inherited);
      }
    }

    void allow(Node comment) {
      Matcher m = ALLOWANCE.matcher(comment.getChars());
      if (!m.find()) {
        return;
      }
      int line = lineOf.applyAsInt(comment.getLineNumber());
      // Alone on its line, it allows the line after; inside a line, that line.
      int next =
          comment instanceof HtmlCommentBlock
              ? lineOf.applyAsInt(comment.getEndLineNumber()) + 1
              : line;
      for (String name : m.group(1).split(",")) {
        String code = name.strip();
        if (code.isEmpty()) {
          continue;
        }
        if (Rule.of(code).isEmpty()) {
          problems.add(
              path,
              line,
              Message.LINT_RULE_UNKNOWN.with(code),
              Message.HINT_LINT_RULES.with(
                  String.join(", ", Arrays.stream(Rule.values()).map(Rule::code).toList())));
        }
        allowed.add(line + ":" + code);
        allowed.add(next + ":" + code);
      }
    }

    void append(char c, Node node) {
      append(c, lineOf.applyAsInt(node.getLineNumber()));
    }

    void append(char c, int line) {
      text.append(c);
      lines.add(line);
    }

    void flush() {
      if (text.length() > 0) {
        int[] at = lines.stream().mapToInt(Integer::intValue).toArray();
        found.addAll(findings(text.toString(), at, lang));
      }
      text.setLength(0);
      lines.clear();
      langs.clear();
    }
  }

  /** What the rules find in a text of the language, each char's file line in {@code lines}. */
  private List<Finding> findings(String s, int[] lines, Language lang) {
    List<Finding> out = new ArrayList<>();
    if (lang == Language.JA) {
      int depth = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '「') {
          depth++;
          if (depth == 2) {
            out.add(
                new Finding(
                    Rule.NESTED_BRACKETS,
                    lines[i],
                    Message.LINT_NESTED_BRACKETS.with(),
                    Message.HINT_LINT_NESTED_BRACKETS.with()));
          }
        } else if (c == '」' && depth > 0) {
          depth--;
        }
      }
    }
    if (lang.isCjk()) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (HALF_WIDTH.indexOf(c) >= 0 && touchesCjk(s, i, c)) {
          out.add(
              new Finding(
                  Rule.HALF_WIDTH_PUNCTUATION,
                  lines[i],
                  Message.LINT_HALF_WIDTH.with(String.valueOf(c), languageName(lang)),
                  Message.HINT_LINT_HALF_WIDTH.with(String.valueOf(fullWidth(c, lang)))));
        } else if ((c == ' ' || c == '\u3000' || c == '\t') && spaceBetweenCjk(s, i)) {
          out.add(
              new Finding(
                  Rule.SPACE,
                  lines[i],
                  Message.LINT_SPACE.with(languageName(lang)),
                  Message.HINT_LINT_SPACE.with(languageName(lang))));
          while (i + 1 < s.length() && isSpace(s.charAt(i + 1))) {
            i++;
          }
        }
      }
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
        out.add(
            new Finding(
                Rule.FULL_WIDTH,
                lines[i],
                Message.LINT_FULL_WIDTH.with(String.valueOf(c)),
                Message.HINT_LINT_FULL_WIDTH.with(String.valueOf((char) (c - 0xFEE0)))));
      }
    }
    Phrase dash = lang == Language.EN ? Message.LINT_EN_DASH.with() : Message.LINT_CJK_DASH.with();
    Matcher spaced = SPACED_HYPHEN.matcher(s);
    while (spaced.find()) {
      out.add(
          new Finding(
              Rule.DASH,
              lines[spaced.start()],
              Message.LINT_SPACED_HYPHEN.with(),
              Message.HINT_LINT_WRITE.with(dash)));
    }
    Matcher years = YEAR_RANGE.matcher(s);
    while (years.find()) {
      String range = years.group();
      out.add(
          new Finding(
              Rule.DASH,
              lines[years.start()],
              Message.LINT_YEAR_RANGE.with(range),
              Message.HINT_LINT_YEAR_RANGE.with(range.replace('-', '–'))));
    }
    if (lang.isCjk()) {
      for (int i = 1; i + 1 < s.length(); i++) {
        if (s.charAt(i) == '-'
            && Language.isCjkLetter(s.codePointBefore(i))
            && Language.isCjkLetter(s.codePointAt(i + 1))) {
          out.add(
              new Finding(
                  Rule.DASH,
                  lines[i],
                  Message.LINT_HYPHEN_BETWEEN_CJK.with(languageName(lang)),
                  Message.HINT_LINT_HYPHEN_BETWEEN_CJK.with(
                      dash, lang == Language.JA ? "と" : "与")));
        }
      }
    }
    for (Term term : terms.getOrDefault(lang, List.of())) {
      int from = 0;
      int at;
      while ((at = s.indexOf(term.avoid(), from)) >= 0) {
        out.add(
            new Finding(
                Rule.TERM,
                lines[at],
                Message.LINT_TERM.with(term.avoid()),
                Message.HINT_LINT_TERM.with(term.write(), "data/" + TERMS_FILE)));
        from = at + term.avoid().length();
      }
    }
    return out;
  }

  /**
   * Whether a half-width sign stands in Chinese or Japanese text: a closing or middle sign after a
   * Chinese or Japanese character, an opening bracket before one, a bracket beside one. Between
   * Latin letters and digits (3.5, Bing Jia Qi Qu, St. Louis) it is left alone.
   */
  private static boolean touchesCjk(String s, int i, char c) {
    boolean before = i > 0 && MarkdownRenderer.isCjk(s.codePointBefore(i));
    boolean after = i + 1 < s.length() && MarkdownRenderer.isCjk(s.codePointAt(i + 1));
    return switch (c) {
      case '(' -> after || before;
      case ')' -> before || (after && Language.isCjkLetter(s.codePointAt(i + 1)));
      default -> before;
    };
  }

  /** Whether the spaces at {@code i} stand between two Chinese or Japanese characters. */
  private static boolean spaceBetweenCjk(String s, int i) {
    int start = i;
    while (start > 0 && isSpace(s.charAt(start - 1))) {
      start--;
    }
    int end = i;
    while (end < s.length() && isSpace(s.charAt(end))) {
      end++;
    }
    return start > 0
        && end < s.length()
        && MarkdownRenderer.isCjk(s.codePointBefore(start))
        && MarkdownRenderer.isCjk(s.codePointAt(end));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000' || c == '\t';
  }

  private static Phrase languageName(Language lang) {
    return lang == Language.JA ? Message.JAPANESE.with() : Message.CHINESE.with();
  }

  private static char fullWidth(char c, Language lang) {
    return switch (c) {
      case ',' -> lang == Language.JA ? '、' : '，';
      case '.' -> '。';
      default -> (char) (c + 0xFEE0);
    };
  }
}
