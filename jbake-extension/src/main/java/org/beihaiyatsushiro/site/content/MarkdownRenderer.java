package org.beihaiyatsushiro.site.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Phrase;
import org.beihaiyatsushiro.site.base.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the Markdown body of an article into safe HTML for its language.
 *
 * <p>Flexmark is configured here directly: tables, footnotes, strikethrough, autolinks and heading
 * ids everywhere; typographic quotes only in English. A soft line break between two CJK characters
 * renders as nothing, so a hard-wrapped Chinese or Japanese sentence gets no stray space. Raw HTML
 * is limited to what editors need (ruby, abbr, sup, sub, span with a well-formed lang tag, br);
 * anything else is reported and escaped, and jsoup's {@link Cleaner} has the last word on what
 * reaches a page. A '<' in the text that looks like a tag Flexmark could not read is reported too,
 * rather than shown as text.
 *
 * <p>Flexmark recurses and slows down on some shapes of text, so a body is measured before it is
 * parsed ({@link MarkdownNesting}), its tree before it is rendered ({@link #MAX_TREE_DEPTH}), and
 * the whole reading runs against a time budget ({@link ReadingDeadline}).
 */
public final class MarkdownRenderer {
  /** The raw HTML tags an editor may write, and the attributes each may carry. */
  public static final Map<String, Set<String>> EDITOR_HTML =
      Map.of(
          "ruby", Set.of(),
          "rt", Set.of(),
          "rp", Set.of(),
          "abbr", Set.of("title"),
          "sup", Set.of(),
          "sub", Set.of(),
          "span", Set.of("lang"),
          "br", Set.of());

  /**
   * The title that marks a purely decorative image, which has no alt text: {@code ![](../../images/
   * border.png "decorative")}.
   */
  public static final String DECORATIVE = "decorative";

  /** The site's pictures as a path from content/: images/ beside it. */
  private static final String PICTURES = "../images/";

  /** Ids the page templates use themselves; a heading with one of them gets a suffix. */
  private static final Set<String> RESERVED_IDS =
      Set.of("main", "top", "content", "search-query", "search-results");

  /** The link schemes pages may contain. */
  private static final Set<String> WEB_SCHEMES = Set.of("http", "https", "mailto");

  private static final Pattern SCHEME = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*):");

  /**
   * How deep the parsed tree of a body may be: room for {@link MarkdownNesting#MAX_DEPTH} levels of
   * lists (each a list and an item) and of emphasis and links inside them. Flexmark renders the
   * tree by recursion, so this is what keeps the renderer's stack bounded.
   */
  static final int MAX_TREE_DEPTH = 4 * MarkdownNesting.MAX_DEPTH;

  /** The start of a tag: '/' for a closing one, and the name. */
  private static final Pattern TAG_NAME = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)");

  /** A '<' that begins what looks like a tag: a letter or '/' follows it. */
  private static final Pattern TAG_LIKE = Pattern.compile("<[/A-Za-z]");

  private static final NullableDataKey<RenderState> STATE =
      new NullableDataKey<>("SITE_RENDER_STATE");
  private static final Safelist SAFELIST = safelist();

  private final Map<Language, Parser> parsers = new EnumMap<>(Language.class);
  private final Map<Language, HtmlRenderer> renderers = new EnumMap<>(Language.class);

  /**
   * How much computing time reading one body may take. An ordinary article takes milliseconds and
   * the largest allowed one ({@link ContentReader#MAX_ARTICLE_BYTES}) some seconds; only text built
   * to slow Flexmark down comes near this.
   */
  public static final Duration READING_BUDGET = Duration.ofSeconds(30);

  private final Duration budget;
  private final LanguageLint lint;

  public MarkdownRenderer() {
    this(READING_BUDGET, LanguageLint.WITHOUT_TERMS);
  }

  /** A renderer whose language check has the site's term list. */
  public MarkdownRenderer(LanguageLint lint) {
    this(READING_BUDGET, lint);
  }

  /** A renderer that gives up on a body after {@code budget}; tests use a short one. */
  MarkdownRenderer(Duration budget) {
    this(budget, LanguageLint.WITHOUT_TERMS);
  }

  private MarkdownRenderer(Duration budget, LanguageLint lint) {
    this.budget = Objects.requireNonNull(budget, "budget");
    this.lint = Objects.requireNonNull(lint, "lint");
    for (Language lang : Language.values()) {
      MutableDataSet options = new MutableDataSet();
      List<Extension> extensions = new ArrayList<>();
      extensions.add(TablesExtension.create());
      extensions.add(FootnoteExtension.create());
      extensions.add(StrikethroughExtension.create());
      extensions.add(AutolinkExtension.create());
      if (!lang.isCjk()) {
        extensions.add(TypographicExtension.create());
      }
      options.set(Parser.EXTENSIONS, extensions);
      // Problems name lines: with the document's lines tracked, finding a node's line is a search
      // among the lines, not a count of every line break before it.
      options.set(Parser.TRACK_DOCUMENT_LINES, true);
      options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
      options.set(HtmlRenderer.RENDER_HEADER_ID, true);
      options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
      options.set(TablesExtension.CLASS_NAME, "table");
      // Flexmark would quietly turn javascript: links into plain text; they are reported instead.
      options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
      parsers.put(lang, Parser.builder(options).build());
      renderers.put(
          lang,
          HtmlRenderer.builder(options)
              .nodeRendererFactory(o -> new CjkSoftBreak())
              .linkResolverFactory(new SiteLinks())
              .build());
    }
  }

  /** The HTML of a body, with what was learnt about it on the way. */
  public record Rendered(String html, String text, List<String> headingIds, List<LinkRef> links) {}

  /**
   * Where a body comes from. Its relative links are written as seen from its own file (an event's
   * too: the timeline rebases them for the pages that show it).
   *
   * @param path the file as editors see it, for messages: content/zh/beihai.md
   * @param contentPath the file relative to content/, to resolve its relative links: zh/beihai.md
   * @param firstLine the file line on which the body starts, so that messages point at the file
   */
  public record Source(String path, String contentPath, int firstLine) {
    public Source {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(contentPath, "contentPath");
    }

    /** The folder of the source file relative to content/, with a trailing slash. */
    String sourceFolder() {
      return contentPath.substring(0, contentPath.lastIndexOf('/') + 1);
    }
  }

  /** Renders a body, recording every problem it has. */
  public Rendered render(String markdown, Language lang, Source source, Problems problems) {
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(lang, "lang");
    RenderState state = new RenderState(source, problems);
    Set<Integer> tooDeep =
        MarkdownNesting.check(markdown, source.path(), source.firstLine(), problems);
    if (!tooDeep.isEmpty()) {
      // The rest of the body is still checked, so that one run shows all its problems; the lines
      // too deep for Flexmark are left out as empty lines, which keep the others' numbers.
      List<String> lines = new ArrayList<>(markdown.lines().toList());
      tooDeep.forEach(i -> lines.set(i, ""));
      markdown = String.join("\n", lines);
    }
    try {
      return renderWithin(markdown, lang, state);
    } catch (ReadingDeadline.Expired e) {
      problems.add(
          source.path(),
          1,
          Message.READING_TOOK_TOO_LONG.with(budget.toSeconds()),
          Message.HINT_LONG_RUN_OF_SIGNS.with());
      return new Rendered("", "", List.of(), List.of());
    }
  }

  private Rendered renderWithin(String markdown, Language lang, RenderState state) {
    Source source = state.source;
    Document document =
        parsers.get(lang).parse(BasedSequence.of(ReadingDeadline.of(markdown, budget)));
    Node tooDeep = firstNodeDeeperThan(document, MAX_TREE_DEPTH);
    if (tooDeep != null) {
      state.report(
          tooDeep, Message.TEXT_TOO_DEEP.with(MAX_TREE_DEPTH), Message.HINT_SIMPLIFY_IT.with());
      return new Rendered("", "", List.of(), List.of());
    }
    document.set(STATE, state);
    inspect(document, state);
    lint.checkBody(
        document, lang, source.path(), line -> source.firstLine() + line, state.problems);
    String raw = renderers.get(lang).render(document);
    org.jsoup.nodes.Document dirty =
        Jsoup.parseBodyFragment(raw, "https://site.invalid/" + source.contentPath());
    org.jsoup.nodes.Document clean = new Cleaner(SAFELIST).clean(dirty);
    clean.outputSettings().prettyPrint(false);
    for (Element a : clean.select("a[href]")) {
      String href = a.attr("href");
      if (href.startsWith("http://") || href.startsWith("https://")) {
        a.attr("rel", "noopener noreferrer");
      }
    }
    List<String> ids = new ArrayList<>();
    for (Element e : clean.select("[id]")) {
      if (RESERVED_IDS.contains(e.id())) {
        e.id(e.id() + "-" + e.tagName());
      }
      ids.add(e.id());
    }
    return new Rendered(
        clean.body().html(), plainText(clean.body()), List.copyOf(ids), List.copyOf(state.links));
  }

  /**
   * The text of a body as a reader reads it, for search snippets and descriptions: without the
   * footnotes' numbers in the text and their way back (Square1, ↩), which are links, not words.
   */
  static String plainText(Element body) {
    Element text = body.clone();
    text.select("a.footnote-ref, a.footnote-backref").remove();
    text.select("sup:empty").remove();
    return text.text();
  }

  /**
   * The first node, in document order, that lies more than {@code limit} levels below the root, or
   * null. The walk itself is a loop, not a recursion, so that any depth can be measured.
   */
  static Node firstNodeDeeperThan(Node root, int limit) {
    Node node = root;
    int depth = 0;
    while (true) {
      if (depth > limit) {
        return node;
      }
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        depth++;
        continue;
      }
      while (node != root && node.getNext() == null) {
        node = node.getParent();
        depth--;
      }
      if (node == root) {
        return null;
      }
      node = node.getNext();
    }
  }

  /** Reports empty links and forbidden HTML, and escapes that HTML so it shows as text. */
  private static void inspect(Document document, RenderState state) {
    List<Node> forbidden = new ArrayList<>();
    // A handler replaces the walk into its node's children; a link's are walked on by hand, so
    // that an image inside a link's text is checked too.
    NodeVisitor[] walker = new NodeVisitor[1];
    NodeVisitor visitor =
        new NodeVisitor(
            new VisitHandler<>(HtmlInline.class, n -> check(n, state, forbidden)),
            new VisitHandler<>(HtmlInlineComment.class, n -> check(n, state, forbidden)),
            new VisitHandler<>(HtmlBlock.class, n -> check(n, state, forbidden)),
            new VisitHandler<>(HtmlCommentBlock.class, n -> check(n, state, forbidden)),
            new VisitHandler<>(Text.class, n -> checkNoTagInText(n, state)),
            // Flexmark writes href="" for an empty link without asking the link resolver.
            new VisitHandler<>(
                Link.class,
                n -> {
                  checkNotEmpty(n, n.getUrl().isBlank(), false, state);
                  examine(n, n.getUrl().unescape(), false, state);
                  walker[0].visitChildren(n);
                }),
            new VisitHandler<>(
                Image.class,
                n -> {
                  checkNotEmpty(n, n.getUrl().isBlank(), true, state);
                  checkAltText(n, n.getText(), n.getTitle(), state);
                  checkPicturePlace(n, n.getUrl().unescape(), state);
                  examine(n, n.getUrl().unescape(), true, state);
                }),
            new VisitHandler<>(
                com.vladsch.flexmark.ast.LinkRef.class,
                n -> examineReference(n, false, document, state)),
            new VisitHandler<>(
                ImageRef.class,
                n -> {
                  Reference reference = n.isDefined() ? n.getReferenceNode(document) : null;
                  checkAltText(
                      n,
                      n.getText(),
                      reference == null ? BasedSequence.NULL : reference.getTitle(),
                      state);
                  examineReference(n, true, document, state);
                }),
            // <scheme:…> autolinks; bare www. and https:// addresses the extension finds are web
            // links already.
            new VisitHandler<>(
                AutoLink.class,
                n -> {
                  String text = n.getText().toString();
                  if (SCHEME.matcher(text).lookingAt()) {
                    examine(n, text, false, state);
                  }
                }));
    walker[0] = visitor;
    visitor.visit(document);
    for (Node node : forbidden) {
      node.insertBefore(new Text(node.getChars()));
      node.unlink();
    }
  }

  private static void examineReference(
      RefNode node, boolean image, Document document, RenderState state) {
    Reference reference = node.isDefined() ? node.getReferenceNode(document) : null;
    if (reference != null) {
      examine(node, reference.getUrl().unescape(), image, state);
    }
  }

  /**
   * Every image needs a text for readers who cannot see it, in the article's language; a purely
   * decorative one says so with the title {@value #DECORATIVE} and has none.
   */
  private static void checkAltText(
      Node node, BasedSequence alt, BasedSequence title, RenderState state) {
    boolean decorative = title != null && title.toString().strip().equals(DECORATIVE);
    if (alt.isBlank() && !decorative) {
      state.report(node, Message.IMAGE_WITHOUT_ALT.with(), Message.HINT_DESCRIBE_THE_IMAGE.with());
    } else if (decorative && !alt.isBlank()) {
      state.report(
          node, Message.DECORATIVE_WITH_DESCRIPTION.with(), Message.HINT_DECORATIVE.with());
    }
  }

  /**
   * A picture of images/ becomes a figure with its caption and credit under it, which can stand in
   * a paragraph (or a list item) but not inside a link, a heading, emphasis or a table cell.
   */
  private static void checkPicturePlace(Node node, String url, RenderState state) {
    boolean picture =
        !SCHEME.matcher(url).lookingAt()
            && normalize(state.source.sourceFolder() + url).startsWith(PICTURES);
    if (picture && !(node.getParent() instanceof Paragraph)) {
      state.report(
          node, Message.PICTURE_NOT_ON_ITS_OWN.with(), Message.HINT_PICTURE_ON_ITS_OWN_LINE.with());
    }
  }

  private static void checkNotEmpty(Node node, boolean empty, boolean image, RenderState state) {
    if (empty) {
      state.report(
          node,
          image ? Message.IMAGE_WITHOUT_FILE.with() : Message.LINK_WITHOUT_ADDRESS.with(),
          image ? Message.HINT_WRITE_THE_IMAGE_FILE.with() : Message.HINT_WRITE_THE_ADDRESS.with());
    }
  }

  /**
   * Reports a '<' in text that begins what looks like a tag. Flexmark leaves a tag it cannot read
   * ({@code <span lang="en"/onmouseover=…>}, {@code <br/onclick=…>}) as text, which would show on
   * the page as written; an editor who wrote one meant HTML, so it is a mistake to point at, not
   * text to publish. A '<' escaped with a backslash, or inside code, is text.
   */
  private static void checkNoTagInText(Text node, RenderState state) {
    for (Node up = node.getParent(); up != null; up = up.getParent()) {
      if (up instanceof Code
          || up instanceof CodeBlock
          || up instanceof FencedCodeBlock
          || up instanceof IndentedCodeBlock) {
        return;
      }
    }
    BasedSequence chars = node.getChars();
    BasedSequence base = chars.getBaseSequence();
    Matcher tag = TAG_LIKE.matcher(chars);
    while (tag.find()) {
      int start = chars.getStartOffset() + tag.start();
      if (start > 0 && base.charAt(start - 1) == '\\') {
        continue;
      }
      // What the editor wrote, up to its '>', from the whole text: Flexmark may have split it
      // into several nodes at its quotation marks.
      int limit = Math.min(base.length(), start + 40);
      int end = start + 1;
      while (end < limit && base.charAt(end - 1) != '>' && base.charAt(end) != '\n') {
        end++;
      }
      String written = base.subSequence(start, end).toString();
      if (end == limit && limit < base.length() && base.charAt(end - 1) != '>') {
        written += "…";
      }
      state.problems.add(
          state.source.path(),
          state.source.firstLine() + node.getDocument().getLineNumber(start),
          Message.UNREADABLE_HTML_TAG.with(written),
          Message.HINT_ALLOWED_TAG_FORM.with());
    }
  }

  /** The paragraph, heading or other block a node stands in. */
  private static Node blockOf(Node node) {
    Node up = node.getParent();
    while (up != null && !(up instanceof Block)) {
      up = up.getParent();
    }
    return up;
  }

  /** How many levels of elements lie below {@code root}, measured without recursion. */
  private static int deepestElement(Element root) {
    int[] deepest = {0};
    NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), root);
    return deepest[0];
  }

  private static void check(Node node, RenderState state, List<Node> forbidden) {
    String html = node.getChars().toString();
    int line = state.lineOf(node);
    if (node instanceof HtmlInline && !state.htmlNestingWithinLimit(blockOf(node), html)) {
      state.problems.add(
          state.source.path(),
          line,
          Message.HTML_TOO_DEEP.with(MarkdownNesting.MAX_DEPTH),
          Message.HINT_CLOSE_EACH_TAG.with());
      forbidden.add(node);
      return;
    }
    org.jsoup.nodes.Element body = Jsoup.parseBodyFragment(html).body();
    if (deepestElement(body) > MarkdownNesting.MAX_DEPTH) {
      state.problems.add(
          state.source.path(),
          line,
          Message.HTML_TOO_DEEP.with(MarkdownNesting.MAX_DEPTH),
          Message.HINT_CLOSE_EACH_TAG.with());
      forbidden.add(node);
      return;
    }
    for (Element e : body.getAllElements()) {
      if (e.tagName().equals("body")) {
        continue;
      }
      Set<String> allowed = EDITOR_HTML.get(e.tagName());
      if (allowed == null) {
        state.problems.add(
            state.source.path(),
            line,
            Message.HTML_TAG_NOT_ALLOWED.with(e.tagName()),
            Message.HINT_ALLOWED_TAGS.with());
        forbidden.add(node);
        return;
      }
      for (org.jsoup.nodes.Attribute attr : e.attributes()) {
        if (attr.getKey().equalsIgnoreCase("lang") && !isLanguageTag(attr.getValue())) {
          state.problems.add(
              state.source.path(),
              line,
              Message.NOT_A_LANGUAGE_TAG.with(attr.getValue()),
              Message.HINT_LANGUAGE_TAG.with());
          forbidden.add(node);
          return;
        }
        if (!allowed.contains(attr.getKey().toLowerCase())) {
          state.problems.add(
              state.source.path(),
              line,
              Message.HTML_ATTRIBUTE_NOT_ALLOWED.with(attr.getKey(), e.tagName()),
              allowed.isEmpty()
                  ? Message.HINT_REMOVE_IT.with()
                  : Message.HINT_ALLOWED.with(String.join(", ", allowed)));
          forbidden.add(node);
          return;
        }
      }
    }
  }

  /**
   * Whether a lang value is a well-formed BCP 47 tag that names a language: {@link Locale.Builder}
   * refuses ill-formed tags, and tags without a language of 2 or 3 letters (private use such as
   * x-evil, or the old i-… forms) name none a reader's browser knows.
   */
  static boolean isLanguageTag(String value) {
    try {
      String language = new Locale.Builder().setLanguageTag(value).build().getLanguage();
      int dash = value.indexOf('-');
      String first = dash < 0 ? value : value.substring(0, dash);
      return language.length() >= 2 && language.length() <= 3 && first.equalsIgnoreCase(language);
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  private static Safelist safelist() {
    Safelist s =
        new Safelist()
            .addTags(
                "p",
                "h1",
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "a",
                "em",
                "strong",
                "del",
                "s",
                "code",
                "pre",
                "blockquote",
                "ul",
                "ol",
                "li",
                "table",
                "thead",
                "tbody",
                "tr",
                "th",
                "td",
                "img",
                "hr",
                "br",
                "sup",
                "sub",
                "span",
                "ruby",
                "rt",
                "rp",
                "abbr",
                "div",
                "section",
                "figure",
                "figcaption")
            .addAttributes(":all", "id")
            .addAttributes("a", "href", "title", "class")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("span", "lang")
            .addAttributes("abbr", "title")
            .addAttributes("ol", "start")
            .addAttributes("div", "class")
            .addAttributes("sup", "class")
            .addAttributes("li", "class")
            .addAttributes("table", "class")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);
    return s;
  }

  /** What one body's rendering learns and reports. */
  private static final class RenderState {
    final Source source;
    final Problems problems;
    final List<LinkRef> links = new ArrayList<>();
    private final Deque<String> openTags = new ArrayDeque<>();
    private Node htmlBlock;

    RenderState(Source source, Problems problems) {
      this.source = Objects.requireNonNull(source, "source");
      this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** The file line of a node: Flexmark counts the body's lines from 0. */
    int lineOf(Node node) {
      return source.firstLine() + node.getLineNumber();
    }

    /**
     * Follows the inline tags of one block in order, as a browser would nest them: an opening tag
     * goes one level deeper; a closing one ends its element and any left open inside it (so that
     * {@code <ruby>漢<rt>かん</ruby>}, whose {@code </rt>} HTML allows to leave out, is one level).
     *
     * @param block the paragraph, heading or cell the tag stands in; the tags of another one start
     *     from the top again, as the page closes what a block leaves open
     * @return whether the tags stay within {@link MarkdownNesting#MAX_DEPTH} levels
     */
    boolean htmlNestingWithinLimit(Node block, String tag) {
      if (block != htmlBlock) {
        openTags.clear();
        htmlBlock = block;
      }
      Matcher name = TAG_NAME.matcher(tag);
      if (!name.lookingAt()) {
        return true;
      }
      String tagName = name.group(2).toLowerCase(Locale.ROOT);
      if (name.group(1).equals("/")) {
        if (openTags.contains(tagName)) {
          while (!openTags.pop().equals(tagName)) {
            // the elements left open inside it end with it
          }
        }
        return true;
      }
      if (tagName.equals("br") || tag.endsWith("/>")) {
        return true;
      }
      if (openTags.size() >= MarkdownNesting.MAX_DEPTH) {
        return false;
      }
      openTags.push(tagName);
      return true;
    }

    void report(Node node, Phrase message, Phrase hint) {
      problems.add(source.path(), lineOf(node), message, hint);
    }
  }

  /** A soft break between two CJK characters is no space at all; elsewhere it stays one. */
  private static final class CjkSoftBreak implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(
              SoftLineBreak.class,
              (node, context, html) -> {
                BasedSequence base = node.getChars().getBaseSequence();
                int before = node.getStartOffset();
                while (before > 0 && isBlank(base.charAt(before - 1))) {
                  before--;
                }
                int after = node.getEndOffset();
                while (after < base.length() && isBlank(base.charAt(after))) {
                  after++;
                }
                boolean cjk =
                    before > 0
                        && after < base.length()
                        && isCjk(codePointBefore(base, before))
                        && isCjk(codePointAt(base, after));
                if (!cjk) {
                  html.raw(context.getHtmlOptions().softBreak);
                }
              }));
    }

    private static boolean isBlank(char c) {
      return c == ' ' || c == '\t';
    }

    private static int codePointBefore(BasedSequence s, int index) {
      char low = s.charAt(index - 1);
      if (Character.isLowSurrogate(low) && index >= 2) {
        char high = s.charAt(index - 2);
        if (Character.isHighSurrogate(high)) {
          return Character.toCodePoint(high, low);
        }
      }
      return low;
    }

    private static int codePointAt(BasedSequence s, int index) {
      char high = s.charAt(index);
      if (Character.isHighSurrogate(high) && index + 1 < s.length()) {
        char low = s.charAt(index + 1);
        if (Character.isLowSurrogate(low)) {
          return Character.toCodePoint(high, low);
        }
      }
      return high;
    }
  }

  /** Whether a character belongs to Chinese or Japanese writing, punctuation included. */
  static boolean isCjk(int c) {
    return Language.isCjkLetter(c)
        || c == '\u30FB' // ・
        || (c >= '\u3000' && c <= '\u303F')
        || (c >= '\uFF00' && c <= '\uFFEF');
  }

  /** Rewrites relative links to .md files into the pages they become. */
  private static final class SiteLinks implements LinkResolverFactory {
    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }

    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      RenderState state = STATE.get(context.getDocument());
      return (node, ctx, link) -> resolve(link, state);
    }
  }

  /**
   * Checks one link or image where it is written, and records it for the checks across files.
   *
   * <p>This runs on every occurrence in the document, not in the link resolver: Flexmark resolves
   * each address once per document and reuses the answer, so a bad address written on two lines
   * would be reported on the first only.
   */
  private static void examine(Node node, String url, boolean image, RenderState state) {
    Phrase what = image ? Message.THE_IMAGE.with(url) : Message.THE_LINK.with(url);
    if (url.isBlank()) {
      return; // reported by checkNotEmpty
    }
    Matcher scheme = SCHEME.matcher(url);
    if (scheme.lookingAt()) {
      String name = scheme.group(1).toLowerCase(Locale.ROOT);
      if (image) {
        state.report(
            node, Message.IMAGE_ON_ANOTHER_WEBSITE.with(what), Message.HINT_SAVE_IN_IMAGES.with());
      } else if (!WEB_SCHEMES.contains(name)) {
        state.report(
            node, Message.LINK_SCHEME_NOT_ALLOWED.with(url, name), Message.HINT_WEB_LINKS.with());
      }
      return;
    }
    if (url.startsWith("//")) {
      state.report(node, Message.LINK_WITHOUT_SCHEME.with(what), Message.HINT_WHOLE_ADDRESS.with());
      return;
    }
    if (url.startsWith("/")) {
      state.report(node, Message.LINK_FROM_ROOT.with(what), Message.HINT_RELATIVE_LINK.with());
      return;
    }
    int hash = url.indexOf('#');
    String file = hash < 0 ? url : url.substring(0, hash);
    String fragment;
    String decoded;
    try {
      fragment = hash < 0 ? "" : percentDecode(url.substring(hash + 1));
      decoded = percentDecode(file);
    } catch (IllegalArgumentException e) {
      state.report(
          node, Message.LINK_BROKEN_PERCENT_CODE.with(what), Message.HINT_PERCENT_CODES.with());
      return;
    }
    String target = file.isEmpty() ? "" : normalize(state.source.sourceFolder() + decoded);
    state.links.add(new LinkRef(state.lineOf(node), target, fragment, image, url));
  }

  /** Rewrites a relative link to a file of the site (a .md file to its page); others stay. */
  private static ResolvedLink resolve(ResolvedLink link, RenderState state) {
    if (state == null) {
      return link;
    }
    boolean image =
        link.getLinkType() == LinkType.IMAGE || link.getLinkType() == LinkType.IMAGE_REF;
    if (!image && link.getLinkType() != LinkType.LINK && link.getLinkType() != LinkType.LINK_REF) {
      return link;
    }
    String url = link.getUrl();
    if (url.isBlank() || SCHEME.matcher(url).lookingAt() || url.startsWith("/")) {
      return link;
    }
    int hash = url.indexOf('#');
    String file = hash < 0 ? url : url.substring(0, hash);
    String decoded;
    try {
      decoded = percentDecode(file);
    } catch (IllegalArgumentException e) {
      return link; // reported by examine
    }
    if (file.isEmpty()) {
      return link.withStatus(LinkStatus.VALID);
    }
    String target = normalize(state.source.sourceFolder() + decoded);
    if (target.startsWith("..")) {
      return link;
    }
    String sitePath =
        target.endsWith(".md") ? target.substring(0, target.length() - 3) + ".html" : target;
    String href = relativize(state.source.sourceFolder(), sitePath);
    return link.withUrl(encodePath(href) + (hash < 0 ? "" : url.substring(hash)))
        .withStatus(LinkStatus.VALID);
  }

  /** Decodes %-codes; a '+' stays a '+', as in a path. */
  private static String percentDecode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** Encodes what may not stand in a path as written: spaces and non-ASCII characters. */
  private static String encodePath(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c <= 0x20 || c >= 0x7f || c == '%' || c == '"' || c == '<' || c == '>') {
        out.append('%').append(String.format("%02X", c));
      } else {
        out.append((char) c);
      }
    }
    return out.toString();
  }

  /**
   * The relative link from a page in {@code folder} (ending in '/', or empty for the site root) to
   * the site path {@code to}.
   */
  static String relativize(String folder, String to) {
    List<String> from = new ArrayList<>(List.of(folder.split("/")));
    from.removeIf(String::isEmpty);
    List<String> target = new ArrayList<>(List.of(to.split("/")));
    int common = 0;
    while (common < from.size()
        && common < target.size() - 1
        && from.get(common).equals(target.get(common))) {
      common++;
    }
    return "../".repeat(from.size() - common)
        + String.join("/", target.subList(common, target.size()));
  }

  /**
   * Resolves "." and ".." in a slash-separated path; a path that climbs above the root keeps its
   * "..". The one such resolver of the site's source links ({@code images.Figures} uses it too).
   */
  public static String normalize(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
        parts.remove(parts.size() - 1);
      } else {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }
}
