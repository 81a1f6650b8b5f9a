package org.beihaiyatsushiro.site.content;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
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
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.lang.Character.UnicodeScript;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beihaiyatsushiro.site.i18n.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns the Markdown body of an article into safe HTML for its language.
 *
 * <p>Flexmark is configured here directly: tables, footnotes, strikethrough, autolinks and heading
 * ids everywhere; typographic quotes only in English. A soft line break between two CJK characters
 * renders as nothing, so a hard-wrapped Chinese or Japanese sentence gets no stray space. Raw HTML
 * is limited to what editors need (ruby, abbr, sup, sub, span with lang, br); anything else is
 * reported and escaped, and jsoup's {@link Cleaner} has the last word on what reaches a page.
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

  private static final NullableDataKey<RenderState> STATE =
      new NullableDataKey<>("SITE_RENDER_STATE");
  private static final Safelist SAFELIST = safelist();

  private final Map<Language, Parser> parsers = new EnumMap<>(Language.class);
  private final Map<Language, HtmlRenderer> renderers = new EnumMap<>(Language.class);

  public MarkdownRenderer() {
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
      options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
      options.set(HtmlRenderer.RENDER_HEADER_ID, true);
      options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
      options.set(TablesExtension.CLASS_NAME, "table");
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
   * Renders a body.
   *
   * @param contentPath the file relative to content/, to resolve its relative links
   * @param firstLine the file line on which the body starts, so that messages point at the file
   */
  public Rendered render(
      String markdown,
      Language lang,
      String contentPath,
      int firstLine,
      String path,
      Problems problems) {
    RenderState state = new RenderState(contentPath, firstLine, path, problems);
    Document document = parsers.get(lang).parse(markdown);
    document.set(STATE, state);
    escapeForbiddenHtml(document, state);
    String raw = renderers.get(lang).render(document);
    org.jsoup.nodes.Document dirty =
        Jsoup.parseBodyFragment(raw, "https://site.invalid/" + contentPath);
    org.jsoup.nodes.Document clean = new Cleaner(SAFELIST).clean(dirty);
    clean.outputSettings().prettyPrint(false);
    for (Element a : clean.select("a[href]")) {
      String href = a.attr("href");
      if (href.startsWith("http://") || href.startsWith("https://")) {
        a.attr("rel", "noopener noreferrer");
      }
    }
    List<String> ids = new ArrayList<>();
    for (Element h : clean.select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id], [id]")) {
      ids.add(h.id());
    }
    return new Rendered(
        clean.body().html(), clean.body().text(), List.copyOf(ids), List.copyOf(state.links));
  }

  private static void escapeForbiddenHtml(Document document, RenderState state) {
    List<Node> forbidden = new ArrayList<>();
    NodeVisitor visitor =
        new NodeVisitor(
            new VisitHandler<>(HtmlInline.class, n -> check(n, state, forbidden)),
            new VisitHandler<>(HtmlBlock.class, n -> check(n, state, forbidden)));
    visitor.visit(document);
    for (Node node : forbidden) {
      node.insertBefore(new Text(node.getChars()));
      node.unlink();
    }
  }

  private static void check(Node node, RenderState state, List<Node> forbidden) {
    String html = node.getChars().toString();
    if (html.strip().startsWith("<!--")) {
      return;
    }
    int line = state.firstLine + node.getLineNumber();
    for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      if (e.tagName().equals("body")) {
        continue;
      }
      Set<String> allowed = EDITOR_HTML.get(e.tagName());
      if (allowed == null) {
        state.problems.add(
            state.path,
            line,
            "the HTML tag <" + e.tagName() + "> is not allowed in an article",
            "write Markdown instead; allowed tags: ruby, rt, rp, abbr, sup, sub, span lang, br");
        forbidden.add(node);
        return;
      }
      for (org.jsoup.nodes.Attribute attr : e.attributes()) {
        if (!allowed.contains(attr.getKey().toLowerCase())) {
          state.problems.add(
              state.path,
              line,
              "the attribute '" + attr.getKey() + "' is not allowed on <" + e.tagName() + ">",
              allowed.isEmpty() ? "remove it" : "allowed: " + String.join(", ", allowed));
          forbidden.add(node);
          return;
        }
      }
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
    final String contentPath;
    final int firstLine;
    final String path;
    final Problems problems;
    final List<LinkRef> links = new ArrayList<>();

    RenderState(String contentPath, int firstLine, String path, Problems problems) {
      this.contentPath = contentPath;
      this.firstLine = firstLine;
      this.path = path;
      this.problems = problems;
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
                int before = node.getStartOffset() - 1;
                while (before >= 0 && (base.charAt(before) == ' ' || base.charAt(before) == '\t')) {
                  before--;
                }
                int after = node.getEndOffset();
                while (after < base.length()
                    && (base.charAt(after) == ' ' || base.charAt(after) == '\t')) {
                  after++;
                }
                boolean cjk =
                    before >= 0
                        && after < base.length()
                        && isCjk(base.charAt(before))
                        && isCjk(base.charAt(after));
                if (!cjk) {
                  html.raw(context.getHtmlOptions().softBreak);
                }
              }));
    }
  }

  /** Whether a character belongs to Chinese or Japanese writing, punctuation included. */
  static boolean isCjk(char c) {
    UnicodeScript script = UnicodeScript.of(c);
    return script == UnicodeScript.HAN
        || script == UnicodeScript.HIRAGANA
        || script == UnicodeScript.KATAKANA
        || (c >= '\u3000' && c <= '\u303F')
        || (c >= '\uFF00' && c <= '\uFFEF');
  }

  /** Rewrites relative links to .md files into the pages they become, and records each link. */
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
      return (node, ctx, link) -> resolve(node, link, state);
    }
  }

  private static ResolvedLink resolve(Node node, ResolvedLink link, RenderState state) {
    if (state == null) {
      return link;
    }
    boolean image =
        link.getLinkType() == LinkType.IMAGE || link.getLinkType() == LinkType.IMAGE_REF;
    if (!image && link.getLinkType() != LinkType.LINK && link.getLinkType() != LinkType.LINK_REF) {
      return link;
    }
    String url = link.getUrl();
    int line = state.firstLine + node.getLineNumber();
    if (url.isEmpty() || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) {
      return link;
    }
    if (url.startsWith("/")) {
      state.problems.add(
          state.path,
          line,
          "the link '" + url + "' starts with '/', which breaks when the site lives in a subfolder",
          "write a relative link, for example beihai.md or ../images/map.svg");
      return link;
    }
    int hash = url.indexOf('#');
    String file = hash < 0 ? url : url.substring(0, hash);
    String fragment = hash < 0 ? "" : url.substring(hash + 1);
    if (file.isEmpty()) {
      state.links.add(new LinkRef(line, "", fragment, image, url));
      return link.withStatus(LinkStatus.VALID);
    }
    String decoded = URLDecoder.decode(file, StandardCharsets.UTF_8);
    String dir =
        state.contentPath.contains("/")
            ? state.contentPath.substring(0, state.contentPath.lastIndexOf('/') + 1)
            : "";
    String target = normalize(dir + decoded);
    state.links.add(new LinkRef(line, target, fragment, image, url));
    if (file.endsWith(".md")) {
      String page = file.substring(0, file.length() - 3) + ".html";
      return link.withUrl(page + (hash < 0 ? "" : url.substring(hash)))
          .withStatus(LinkStatus.VALID);
    }
    return link.withStatus(LinkStatus.VALID);
  }

  /**
   * Resolves "." and ".." in a slash-separated path; a path that climbs above the root keeps its
   * "..".
   */
  static String normalize(String path) {
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
