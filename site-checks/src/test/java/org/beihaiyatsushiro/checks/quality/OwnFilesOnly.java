package org.beihaiyatsushiro.checks.quality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.beihaiyatsushiro.checks.BakedSite;
import org.htmlunit.csp.FetchDirectiveKind;
import org.htmlunit.csp.Policy;
import org.htmlunit.csp.directive.SourceExpressionDirective;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A page is self-contained: it runs no inline code and tells the browser, with a
 * Content-Security-Policy, to load only the site's own files (no CDN, no web font, no analytics);
 * links out of the site carry rel="noopener". This is what lets the site work offline from an
 * archive and keeps readers' visits private. (That every file a page or stylesheet names, CSS url()
 * and @import included, is a file of the site is the crawl's check: {@code
 * checks.publish.SiteCrawl}, run on the site by SiteLinksIT.)
 */
public final class OwnFilesOnly {
  /** Schemes a page may load without leaving its own file: inline images only. */
  private static final Set<String> INLINE_SCHEMES = Set.of("data");

  /**
   * Types of script elements that hold data for other programs (search engines read JSON-LD) rather
   * than code: browsers never run them, so the policy has nothing to refuse.
   */
  private static final Set<String> DATA_BLOCK_TYPES =
      Set.of("application/ld+json", "application/json");

  /** The directives that govern what a page loads, each falling back to default-src. */
  private static final List<FetchDirectiveKind> EFFECTIVE_KINDS =
      List.of(
          FetchDirectiveKind.ScriptSrcElem,
          FetchDirectiveKind.ScriptSrcAttr,
          FetchDirectiveKind.StyleSrcElem,
          FetchDirectiveKind.StyleSrcAttr,
          FetchDirectiveKind.ImgSrc,
          FetchDirectiveKind.FontSrc,
          FetchDirectiveKind.MediaSrc,
          FetchDirectiveKind.ObjectSrc,
          FetchDirectiveKind.FrameSrc,
          FetchDirectiveKind.ConnectSrc,
          FetchDirectiveKind.WorkerSrc,
          FetchDirectiveKind.ManifestSrc);

  /**
   * Checks one page and the stylesheets it loads.
   *
   * @param root the folder laid out like the site
   * @param page the page, relative to root
   */
  public List<Finding> check(Path root, String page) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(page, "page");
    Document doc = BakedSite.page(root, page);
    List<Finding> findings = new ArrayList<>();
    checkPolicy(doc, page, findings);
    checkInlineCode(doc, page, findings);
    checkLinksOut(doc, page, findings);
    return findings;
  }

  private static void checkPolicy(Document doc, String page, List<Finding> findings) {
    Elements metas = doc.select("meta[http-equiv]");
    metas.removeIf(m -> !m.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy"));
    if (metas.isEmpty()) {
      findings.add(new Finding(page, "no <meta http-equiv=\"Content-Security-Policy\">"));
      return;
    }
    if (metas.size() > 1) {
      findings.add(new Finding(page, "more than one Content-Security-Policy meta"));
    }
    Element meta = metas.first();
    if (meta.parent() == null || !meta.parent().normalName().equals("head")) {
      findings.add(new Finding(page, "the Content-Security-Policy meta is not in <head>"));
    }
    String text = meta.attr("content");
    List<String> errors = new ArrayList<>();
    Policy policy =
        Policy.parseSerializedCSP(
            text, (severity, message, directive, value) -> errors.add(severity + ": " + message));
    for (String error : errors) {
      findings.add(new Finding(page, "Content-Security-Policy: " + error));
    }
    if (policy.getFetchDirective(FetchDirectiveKind.DefaultSrc).isEmpty()) {
      findings.add(
          new Finding(page, "Content-Security-Policy has no default-src, so it allows any host"));
    }
    for (FetchDirectiveKind kind : EFFECTIVE_KINDS) {
      Optional<SourceExpressionDirective> governing =
          policy.getGoverningDirectiveForEffectiveDirective(kind);
      if (governing.isEmpty()) {
        continue;
      }
      SourceExpressionDirective d = governing.get();
      String name = kind.getRepr();
      if (d.star() || !d.getHosts().isEmpty()) {
        findings.add(
            new Finding(page, "Content-Security-Policy lets " + name + " load from hosts"));
      }
      for (var scheme : d.getSchemes()) {
        String s = scheme.getValue().replace(":", "").toLowerCase(Locale.ROOT);
        if (!(kind == FetchDirectiveKind.ImgSrc && INLINE_SCHEMES.contains(s))) {
          findings.add(
              new Finding(page, "Content-Security-Policy lets " + name + " load " + s + ": URLs"));
        }
      }
      if (d.unsafeInline() || d.unsafeHashes() || d.unsafeEval() || d.strictDynamic()) {
        findings.add(new Finding(page, "Content-Security-Policy allows unsafe code for " + name));
      }
      if (!d.getNonces().isEmpty() || !d.getHashes().isEmpty()) {
        findings.add(new Finding(page, "Content-Security-Policy allows inline code for " + name));
      }
    }
    if (policy.allowsInlineScript(Optional.empty(), Optional.empty(), Optional.empty())
        || policy.allowsScriptAsAttribute(Optional.empty())
        || policy.allowsInlineStyle(Optional.empty(), Optional.empty())
        || policy.allowsStyleAsAttribute(Optional.empty())
        || policy.allowsEval()) {
      findings.add(
          new Finding(
              page, "Content-Security-Policy allows inline scripts or styles: \"" + text + "\""));
    }
  }

  private static void checkInlineCode(Document doc, String page, List<Finding> findings) {
    for (Element script : doc.select("script:not([src])")) {
      String type = script.attr("type").strip().toLowerCase(Locale.ROOT);
      if (!DATA_BLOCK_TYPES.contains(type)) {
        findings.add(new Finding(page, "inline <script> (put the code in a file under js/)"));
      }
    }
    for (Element style : doc.select("style")) {
      findings.add(new Finding(page, "inline <style> (put the rules in css/site.css)"));
    }
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          findings.add(
              new Finding(
                  page, "inline event handler " + name + "=\"…\" on <" + e.tagName() + ">"));
        } else if (name.equals("style")) {
          findings.add(new Finding(page, "style attribute on <" + e.tagName() + ">"));
        } else if (a.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
          findings.add(
              new Finding(page, "javascript: URL in " + name + " on <" + e.tagName() + ">"));
        }
      }
    }
  }

  private static void checkLinksOut(Document doc, String page, List<Finding> findings) {
    for (Element a : doc.select("a[href], area[href], form[action]")) {
      String url = a.hasAttr("href") ? a.attr("href") : a.attr("action");
      String u = url.strip().toLowerCase(Locale.ROOT);
      boolean leaves = u.startsWith("//") || u.startsWith("http:") || u.startsWith("https:");
      if (!leaves) {
        continue;
      }
      if (a.normalName().equals("form")) {
        findings.add(new Finding(page, "a form sends to another site: " + url));
        continue;
      }
      List<String> rel = List.of(a.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"));
      if (!rel.contains("noopener")) {
        findings.add(new Finding(page, "link out of the site without rel=\"noopener\": " + url));
      }
    }
  }
}
