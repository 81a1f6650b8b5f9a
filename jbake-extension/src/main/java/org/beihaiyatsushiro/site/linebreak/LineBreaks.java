package org.beihaiyatsushiro.site.linebreak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * Where the lines of a page may break, decided at bake time so that every browser breaks them
 * alike, with or without JavaScript.
 *
 * <ul>
 *   <li>Chinese and Japanese headings and short texts (by the {@code lang} in force, zh-Hans or ja)
 *       break only between phrases ({@link PhraseBreaks}): each such block gets the class {@value
 *       #PHRASED} (the stylesheet sets {@code word-break: keep-all} on it) and a {@code <wbr>} at
 *       each place it may break. So 八代市 and 中日邦交正常化 are never cut. A paragraph of more than {@value
 *       #LONG_PARAGRAPH} letters is running text: it breaks as usual, but its last phrase is kept
 *       whole, so no lone fragment ends it, and so is each word of data/linebreak-keep.txt in it (a
 *       name: 八代, タツノオトシゴ) and each number with its unit (12万5千人, 2001年).
 *   <li>No space follows full-width punctuation (："…： " is a Latin habit that leaves a gap).
 *   <li>A number stays on the line of the English word after it that says how much or which day
 *       (1.85 million, 29 September) and degrees with their point of the compass (32.5° N).
 *   <li>In every language, a dash set between spaces stays at the end of the line before it
 *       ("Beihai – Sister Cities" never starts a line with "– Sister"), and words joined by a dash
 *       (China–Japan, 1972–2022) stay on one line, in a {@code <span class="}{@value #NOWRAP}{@code
 *       ">}.
 * </ul>
 *
 * <p>Code, preformatted text, scripts, styles, SVG, ruby (a word with its reading is never cut) and
 * the document's head are left as they are.
 */
public final class LineBreaks {
  /**
   * What decides the breaks of a heading or title besides the words kept whole: the BudouX models
   * and the rules of this package. Raised whenever either changes where a heading may break: the
   * share images' cache key includes it (a title's lines break as its page's heading does), so that
   * no image drawn with the old breaks is reused. A rule for long paragraphs alone, which no title
   * is, leaves it as it is.
   */
  public static final String RULES_VERSION = "BudouX 0.9.2 models; site rules 3";

  /** The class of an element whose Chinese or Japanese text breaks only at its {@code <wbr>}s. */
  public static final String PHRASED = "phrased";

  /** The class of a span that keeps dash-joined words on one line. */
  public static final String NOWRAP = "nowrap";

  /** Phrasing elements: their text runs on with the text around them. */
  private static final Set<String> INLINE =
      Set.of(
          "a",
          "abbr",
          "b",
          "bdi",
          "bdo",
          "cite",
          "data",
          "dfn",
          "em",
          "i",
          "kbd",
          "mark",
          "q",
          "s",
          "small",
          "span",
          "strong",
          "sub",
          "sup",
          "time",
          "u",
          "var",
          "wbr",
          "br",
          "ruby",
          "rt",
          "rp",
          "del",
          "ins",
          "label",
          "output",
          "input",
          "button",
          "select",
          "textarea",
          "img",
          "picture",
          "meter",
          "progress",
          "canvas",
          "audio",
          "video",
          "object",
          "embed",
          "svg",
          "math");

  /** Elements whose text is never touched. */
  private static final Set<String> UNTOUCHED =
      Set.of(
          "head",
          "script",
          "style",
          "template",
          "pre",
          "code",
          "kbd",
          "samp",
          "textarea",
          "svg",
          "math",
          "noscript",
          "select",
          "option",
          "ruby",
          "rt",
          "rp");

  /** The full-width punctuation a space after which is taken away. */
  private static final String FULL_WIDTH_PUNCTUATION = "、。，．：；！？）」』】〕";

  private static final Pattern SPACE_AFTER_FULL_WIDTH =
      Pattern.compile("([" + FULL_WIDTH_PUNCTUATION + "])[ \\t\\r\\n\\u00A0]+");

  /** The dashes of Latin text, set between words or joining them: en dash and em dash. */
  public static final String DASHES = "–—";

  private static final Pattern SPACED_DASH = Pattern.compile("(\\S) ([" + DASHES + "])(?= )");

  private static final String DIGITS = "0123456789";

  /**
   * A number and the English word that says how much or which day it is (1.85 million, 29
   * September): the space between them is made a no-break space, so that no line ends with the
   * number alone.
   */
  private static final Pattern NUMBER_AND_ITS_WORD =
      Pattern.compile(
          "(\\d) (million|billion|thousand|January|February|March|April|May|June|July|August"
              + "|September|October|November|December)\\b");

  /** Degrees and the point of the compass after them (32.5° N): held together the same way. */
  private static final Pattern DEGREES_AND_THEIR_POINT =
      Pattern.compile("(\\d°) ([NSEW])(?![\\p{L}\\d])");

  /**
   * The text with a no-break space between each number and the English word after it that says how
   * much or which day, and between degrees and their point of the compass: the pages' rule, which a
   * share image's title follows too.
   */
  public static String numbersHeldToTheirWords(String text) {
    String held = NUMBER_AND_ITS_WORD.matcher(text).replaceAll("$1\u00A0$2");
    return DEGREES_AND_THEIR_POINT.matcher(held).replaceAll("$1\u00A0$2");
  }

  /** Latin words or numbers joined by dashes: China–Japan, 1972–2022 (not Chinese or Japanese). */
  private static final Pattern JOINED_BY_DASH =
      Pattern.compile("[\\p{IsLatin}\\p{Nd}]+(?:[" + DASHES + "][\\p{IsLatin}\\p{Nd}]+)+");

  /**
   * A paragraph with more letters than this is running text, not a short text: it keeps the
   * browser's line breaking and only its last phrase is kept whole.
   */
  static final int LONG_PARAGRAPH = 40;

  /** How many letters at most end a long paragraph unbroken. */
  static final int KEPT_AT_THE_END = 3;

  /**
   * The most letters a paragraph's last link or emphasis may have to be kept whole with its end.
   */
  static final int LONGEST_KEPT_END = 12;

  /**
   * The longest last phrase of a long paragraph kept whole; a longer one keeps only its last
   * {@value #KEPT_AT_THE_END} letters (a long unbreakable end would stretch the line before it).
   */
  static final int LONGEST_KEPT_PHRASE = 4;

  private final Map<Script, PhraseBreaks> phrases = new EnumMap<>(Script.class);
  private final List<String> keptWhole;

  /** The words kept whole that a line could cut (two characters or more), the longest first. */
  private final List<String> keptLongestFirst;

  /** The languages whose text breaks between phrases. */
  private enum Script {
    JAPANESE,
    SIMPLIFIED_CHINESE
  }

  /**
   * @param keptWhole words never broken inside (data/linebreak-keep.txt)
   */
  public LineBreaks(List<String> keptWhole) {
    this.keptWhole = List.copyOf(keptWhole);
    this.keptLongestFirst =
        keptWhole.stream()
            .filter(word -> word.length() > 1)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    phrases.put(Script.JAPANESE, new PhraseBreaks(BudouxModel.japanese(), keptWhole));
    phrases.put(
        Script.SIMPLIFIED_CHINESE, new PhraseBreaks(BudouxModel.simplifiedChinese(), keptWhole));
  }

  /** The file of a site's data folder that lists the words it keeps whole, one a line. */
  public static final String KEPT_WORDS = "linebreak-keep.txt";

  /** How a site's pages break lines: with the words of its data folder's {@link #KEPT_WORDS}. */
  public static LineBreaks ofSite(Path dataFolder) {
    return new LineBreaks(keptWords(dataFolder.resolve(KEPT_WORDS)));
  }

  /**
   * The words a site keeps whole, from a text file with one word a line ('#' starts a comment);
   * none when there is no such file.
   */
  public static List<String> keptWords(Path file) {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The words never broken inside, as given. */
  public List<String> keptWhole() {
    return keptWhole;
  }

  /**
   * How a text in a language breaks between phrases: empty for a language whose lines break between
   * words (any but Chinese and Japanese).
   *
   * @param languageTag a BCP 47 tag, as in a {@code lang} attribute
   */
  public Optional<PhraseBreaks> phrases(String languageTag) {
    return scriptOfTag(languageTag).map(phrases::get);
  }

  /** The page with its line breaks decided. */
  public String apply(String html) {
    Parser parser = Parser.htmlParser().settings(ParseSettings.preserveCase);
    Document doc = Jsoup.parse(html, "", parser);
    doc.outputSettings().prettyPrint(false).charset("UTF-8");
    apply(doc.body());
    return doc.outerHtml();
  }

  /** Decides the breaks of an element's text, in place. */
  public void apply(Element root) {
    for (TextNode text : textNodes(root)) {
      tidy(text);
    }
    blocks(root);
  }

  /** Spaces after full-width punctuation and around dashes, in one text node. */
  private static void tidy(TextNode node) {
    String text = node.getWholeText();
    // Most texts hold none: the patterns, the last one above all, are not worth running there.
    boolean fullWidth = containsAny(text, FULL_WIDTH_PUNCTUATION);
    boolean dashed = containsAny(text, DASHES);
    boolean counted = containsAny(text, DIGITS);
    if (!fullWidth && !dashed && !counted) {
      return;
    }
    String tidied = fullWidth ? SPACE_AFTER_FULL_WIDTH.matcher(text).replaceAll("$1") : text;
    tidied = dashed ? SPACED_DASH.matcher(tidied).replaceAll("$1\u00A0$2") : tidied;
    tidied = counted ? numbersHeldToTheirWords(tidied) : tidied;
    if (!tidied.equals(text)) {
      node.text(tidied);
    }
    if (!dashed) {
      return;
    }
    Matcher joined = JOINED_BY_DASH.matcher(tidied);
    List<int[]> spans = new ArrayList<>();
    while (joined.find()) {
      spans.add(new int[] {joined.start(), joined.end()});
    }
    if (spans.isEmpty() || isInside(node, NOWRAP)) {
      return;
    }
    keepWhole(node, tidied, spans);
  }

  /**
   * Replaces a text node by its text with each range ({@code [start, end)}, in order, none
   * overlapping) in a {@code <span class="}{@value #NOWRAP}{@code ">}.
   */
  private static void keepWhole(TextNode node, String text, List<int[]> ranges) {
    List<Node> parts = new ArrayList<>();
    int at = 0;
    for (int[] range : ranges) {
      if (range[0] > at) {
        parts.add(new TextNode(text.substring(at, range[0])));
      }
      Element nowrap = new Element("span").addClass(NOWRAP);
      nowrap.appendChild(new TextNode(text.substring(range[0], range[1])));
      parts.add(nowrap);
      at = range[1];
    }
    if (at < text.length()) {
      parts.add(new TextNode(text.substring(at)));
    }
    replace(node, parts);
  }

  private static boolean containsAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Walks the blocks under an element: each run of text and phrasing elements between block
   * elements is one text, broken between its phrases when its language is Chinese or Japanese.
   */
  private void blocks(Element element) {
    if (UNTOUCHED.contains(element.normalName())) {
      return;
    }
    List<Node> run = new ArrayList<>();
    for (Node child : new ArrayList<>(element.childNodes())) {
      if (child instanceof Element e && !INLINE.contains(e.normalName())) {
        phrase(element, run);
        run.clear();
        blocks(e);
      } else {
        run.add(child);
      }
    }
    phrase(element, run);
  }

  /** Breaks one run of inline content between its phrases, if its language has phrases. */
  private void phrase(Element parent, List<Node> run) {
    Optional<Script> script = scriptOf(parent);
    if (script.isEmpty() || run.isEmpty()) {
      return;
    }
    List<TextNode> texts = new ArrayList<>();
    for (Node n : run) {
      if (n instanceof TextNode t) {
        texts.add(t);
      } else if (n instanceof Element e && !UNTOUCHED.contains(e.normalName())) {
        texts.addAll(textNodes(e));
      }
    }
    StringBuilder whole = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    for (TextNode t : texts) {
      starts.add(whole.length());
      whole.append(t.getWholeText());
    }
    if (whole.toString().isBlank()) {
      return;
    }
    PhraseBreaks language = phrases.get(script.get());
    if (parent.normalName().equals("p") && letters(whole) > LONG_PARAGRAPH) {
      OptionalInt last = language.lastBreak(whole.toString());
      if (!keepLastPhrase(texts, starts, last, script.get()) && !keepLastNodes(parent)) {
        keepLastLetters(texts);
      }
      keepWordsAndNumbersWhole(parent);
      return;
    }
    List<Integer> breaks = language.breaks(whole.toString());
    if (!breaks.isEmpty()) {
      insert(texts, starts, breaks, script.get());
    }
    markPhrased(parent, run);
  }

  /**
   * A long paragraph keeps its ordinary line breaking (phrase breaking would leave many of its
   * lines short), but its end is one {@code <span class="nowrap">}: the last phrase when it has at
   * most {@value #LONGEST_KEPT_PHRASE} letters, else its last {@value #KEPT_AT_THE_END} letters
   * with the punctuation after them, never starting inside a number or a Latin word. So no lone
   * fragment ends it. Left as it is when that end does not lie in one text node.
   */
  private boolean keepLastPhrase(
      List<TextNode> texts, List<Integer> starts, OptionalInt lastBreak, Script script) {
    if (lastBreak.isEmpty() || texts.isEmpty()) {
      return true;
    }
    int last = texts.size() - 1;
    TextNode t = texts.get(last);
    String text = t.getWholeText();
    int phrase = lastBreak.getAsInt() - starts.get(last);
    int from =
        phrase >= 0 && letters(text.substring(phrase)) <= LONGEST_KEPT_PHRASE
            ? phrase
            : Math.max(phrase, lastLetters(text));
    from = notInsideAKeptWord(text, notInsideAWord(text, from));
    if (isInside(t, NOWRAP) || scriptOf(t.parent()).orElse(null) != script) {
      return true;
    }
    if (from <= 0) {
      return false;
    }
    Element nowrap = new Element("span").addClass(NOWRAP);
    nowrap.appendChild(new TextNode(text.substring(from)));
    replace(t, List.of(new TextNode(text.substring(0, from)), nowrap));
    return true;
  }

  /**
   * When a paragraph ends in a short link or emphasis and its punctuation (…详见<a>海马雕像</a>。), its
   * end is that element and what follows it: glued in one {@code <span class="nowrap">} when they
   * hold from {@value #KEPT_AT_THE_END} to {@value #LONGEST_KEPT_END} letters.
   */
  private static boolean keepLastNodes(Element paragraph) {
    List<Node> kids = paragraph.childNodes();
    long letters = 0;
    int first = kids.size();
    while (first > 0 && letters < KEPT_AT_THE_END) {
      Node n = kids.get(--first);
      if (n instanceof Element e && !INLINE.contains(e.normalName())) {
        return false;
      }
      letters += letters(n instanceof TextNode t ? t.getWholeText() : ((Element) n).text());
    }
    if (letters < KEPT_AT_THE_END || letters > LONGEST_KEPT_END || first == kids.size() - 1) {
      return false;
    }
    List<Node> end = new ArrayList<>(kids.subList(first, kids.size()));
    Element nowrap = new Element("span").addClass(NOWRAP);
    end.get(0).before(nowrap);
    for (Node n : end) {
      nowrap.appendChild(n);
    }
    return true;
  }

  /**
   * The last resort for a paragraph ending in a long link and closing punctuation (…（「<a>タツノオ
   * トシゴの像「並駕斉駆」</a>」）。): the last {@value #KEPT_AT_THE_END} letters of the last text that has
   * letters are kept whole; the closing punctuation after them cannot begin a line anyway.
   */
  private void keepLastLetters(List<TextNode> texts) {
    for (int i = texts.size() - 1; i >= 0; i--) {
      TextNode t = texts.get(i);
      String text = t.getWholeText();
      if (letters(text) == 0) {
        if (!text.strip().codePoints().allMatch(PhraseBreaks::isClosing)) {
          return;
        }
        continue;
      }
      if (letters(text) < KEPT_AT_THE_END || isInside(t, NOWRAP)) {
        return;
      }
      int from = notInsideAKeptWord(text, notInsideAWord(text, lastLetters(text)));
      Element nowrap = new Element("span").addClass(NOWRAP);
      nowrap.appendChild(new TextNode(text.substring(from)));
      List<Node> parts = new ArrayList<>();
      if (from > 0) {
        parts.add(new TextNode(text.substring(0, from)));
      }
      parts.add(nowrap);
      replace(t, parts);
      return;
    }
  }

  /** Where the last {@value #KEPT_AT_THE_END} letters of a text begin; 0 when it has fewer. */
  private static int lastLetters(String text) {
    int letters = 0;
    for (int i = text.length(); i > 0; ) {
      int cp = text.codePointBefore(i);
      i -= Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) && ++letters == KEPT_AT_THE_END) {
        return i;
      }
    }
    return 0;
  }

  /**
   * A number with the Chinese or Japanese unit after it, which a line must not cut (12万5千人, 12.5万,
   * 2001年, 14都市, 32.5°): digits, the numerals written between them, and one or two Chinese
   * characters or a degree sign after; with "about" (約, 约), a latitude or longitude (北緯, 东经) or an
   * era (平成, 令和, 昭和) before it (約12万5千人, 平成8年). Two characters may take in more than the unit
   * (1996年缔); that only keeps them on one line.
   */
  private static final Pattern NUMBER_WITH_UNIT =
      Pattern.compile(
          "(?:[约約])?(?:北纬|北緯|东经|東経|平成|令和|昭和)?"
              + "[0-9０-９]+(?:[.,．][0-9０-９]+)*(?:[万千百億亿兆][0-9０-９]*)*(?:\\p{IsHan}{1,2}|°)");

  /**
   * Keeps whole, in a long paragraph, which otherwise breaks between any two Chinese characters or
   * kana, each word of the site's list (八 / 代, タツノオト / シゴ) and each number with its unit (約12 /
   * 万5千人, 2001 / 年): each is put in a {@code <span class="}{@value #NOWRAP}{@code ">}, in the
   * paragraph's Chinese or Japanese text and in a quotation in the other (a Chinese idiom in a
   * Japanese paragraph), unless it lies across two text nodes or already in such a span.
   */
  private void keepWordsAndNumbersWhole(Element paragraph) {
    for (TextNode t : textNodes(paragraph)) {
      if (isInside(t, NOWRAP) || scriptOf(t.parent()).isEmpty()) {
        continue;
      }
      String text = t.getWholeText();
      List<int[]> kept = keptWordsIn(text);
      Matcher number = NUMBER_WITH_UNIT.matcher(text);
      while (number.find()) {
        int start = number.start();
        int end = number.end();
        if (kept.stream().noneMatch(w -> start < w[1] && w[0] < end)) {
          kept.add(new int[] {start, end});
        }
      }
      if (!kept.isEmpty()) {
        kept.sort(Comparator.comparingInt(w -> w[0]));
        keepWhole(t, text, kept);
      }
    }
  }

  /**
   * Where the words kept whole lie in a text ({@code [start, end)}, in order, none overlapping; the
   * longer word where two begin together: 八代市 before 八代).
   */
  private List<int[]> keptWordsIn(String text) {
    List<int[]> found = new ArrayList<>();
    for (String word : keptLongestFirst) {
      for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        int start = at;
        int end = at + word.length();
        if (found.stream().noneMatch(w -> start < w[1] && w[0] < end)) {
          found.add(new int[] {start, end});
        }
      }
    }
    found.sort(Comparator.comparingInt(w -> w[0]));
    return found;
  }

  /** Moves the start of a kept end back to the start of the kept word it would cut (並 / 駕斉駆). */
  private int notInsideAKeptWord(String text, int from) {
    for (int[] word : keptWordsIn(text)) {
      if (word[0] < from && from < word[1]) {
        return word[0];
      }
    }
    return from;
  }

  /**
   * Moves the start of a kept end back to the start of the number or Latin word it would cut
   * (…读到20|22年。 keeps 2022年。 whole).
   */
  static int notInsideAWord(String text, int from) {
    while (from > 0
        && from < text.length()
        && isLatinOrDigit(text.codePointBefore(from))
        && isLatinOrDigit(text.codePointAt(from))) {
      from -= Character.charCount(text.codePointBefore(from));
    }
    return from;
  }

  private static boolean isLatinOrDigit(int cp) {
    return (cp < 0x3000 && Character.isLetterOrDigit(cp))
        || (cp >= 0xFF10 && cp <= 0xFF5A && Character.isLetterOrDigit(cp));
  }

  private static long letters(CharSequence text) {
    return text.codePoints().filter(Character::isLetterOrDigit).count();
  }

  /**
   * Gives the class {@value #PHRASED} to the block a run fills, or, in a block that holds other
   * blocks too (a list item with a nested list, the page's header), to the run's own elements: the
   * class never reaches text the bake did not break.
   */
  private static void markPhrased(Element parent, List<Node> run) {
    boolean holdsBlocks =
        parent.children().stream().anyMatch(c -> !INLINE.contains(c.normalName()));
    if (!holdsBlocks) {
      parent.addClass(PHRASED);
      return;
    }
    for (Node n : run) {
      if (n instanceof Element e && !UNTOUCHED.contains(e.normalName()) && !e.text().isBlank()) {
        e.addClass(PHRASED);
      }
    }
  }

  /** Puts a {@code <wbr>} at each break that falls in a text node of the run's own language. */
  private static void insert(
      List<TextNode> texts, List<Integer> starts, List<Integer> breaks, Script script) {
    for (int i = texts.size() - 1; i >= 0; i--) {
      TextNode t = texts.get(i);
      String text = t.getWholeText();
      int start = starts.get(i);
      List<Integer> inNode = new ArrayList<>();
      for (int b : breaks) {
        // A break at a node's first character goes before the node's inline element, if any.
        if (b > start && b < start + text.length()) {
          inNode.add(b - start);
        } else if (b == start && i > 0) {
          inNode.add(0);
        }
      }
      if (inNode.isEmpty() || isInside(t, NOWRAP) || scriptOf(t.parent()).orElse(null) != script) {
        continue;
      }
      List<Node> parts = new ArrayList<>();
      int at = 0;
      for (int b : inNode) {
        if (b > at) {
          parts.add(new TextNode(text.substring(at, b)));
        }
        parts.add(new Element("wbr"));
        at = b;
      }
      parts.add(new TextNode(text.substring(at)));
      replace(t, parts);
    }
  }

  /** The phrase script of an element's language: its nearest {@code lang}. */
  private static Optional<Script> scriptOf(Node node) {
    for (Node n = node; n != null; n = n.parent()) {
      if (n instanceof Element e && e.hasAttr("lang")) {
        return scriptOfTag(e.attr("lang"));
      }
    }
    return Optional.empty();
  }

  /** The phrase script of a language tag, if it has one. */
  private static Optional<Script> scriptOfTag(String languageTag) {
    String lang = languageTag.toLowerCase(Locale.ROOT);
    if (lang.equals("ja") || lang.startsWith("ja-") && !lang.startsWith("ja-latn")) {
      return Optional.of(Script.JAPANESE);
    }
    if (lang.equals("zh-hans") || lang.startsWith("zh-hans-") || lang.equals("zh-cn")) {
      return Optional.of(Script.SIMPLIFIED_CHINESE);
    }
    return Optional.empty();
  }

  private static List<TextNode> textNodes(Element root) {
    List<TextNode> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Element element, List<TextNode> out) {
    if (UNTOUCHED.contains(element.normalName())) {
      return;
    }
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode t) {
        out.add(t);
      } else if (child instanceof Element e) {
        collect(e, out);
      }
    }
  }

  private static boolean isInside(Node node, String className) {
    for (Node n = node.parent(); n != null; n = n.parent()) {
      if (n instanceof Element e && e.hasClass(className)) {
        return true;
      }
    }
    return false;
  }

  private static void replace(Node node, List<Node> parts) {
    for (Node part : parts) {
      node.before(part);
    }
    node.remove();
  }
}
