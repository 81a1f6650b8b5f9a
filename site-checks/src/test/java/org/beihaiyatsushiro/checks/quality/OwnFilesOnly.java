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
 * A page is self-contained: it loads nothing from outside the site (no CDN, no web font, no
 * analytics), runs no inline code, and says so to the browser with a Content-Security-Policy that
 * allows only the site's own files. Links out of the site carry rel="noopener". This is what lets
 * the site work offline from an archive and keeps readers' visits private.
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
    checkLoadedFiles(root, page, findings);
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

  private static void checkLoadedFiles(Path root, String page, List<Finding> findings) {
    for (LoadedFile file : LoadedFile.of(root, page)) {
      String where = file.from().equals(page) ? file.where() : file.from() + " " + file.where();
      Optional<String> scheme = file.scheme();
      if (scheme.isPresent() && INLINE_SCHEMES.contains(scheme.get())) {
        continue;
      }
      if (file.isAbsolute()) {
        findings.add(
            new Finding(
                page,
                "loads a "
                    + file.kind()
                    + " from outside the site: "
                    + file.url()
                    + " ("
                    + where
                    + "); keep a copy in assets/ and refer to it relatively"));
      } else if (file.file(root).isEmpty()) {
        findings.add(
            new Finding(
                page,
                "loads a "
                    + file.kind()
                    + " from outside the site's folder: "
                    + file.url()
                    + " ("
                    + where
                    + ")"));
      }
    }
  }

  private static void checkLinksOut(Document doc, String page, List<Finding> findings) {
    for (Element a : doc.select("a[href], area[href], form[action]")) {
      String url = a.hasAttr("href") ? a.attr("href") : a.attr("action");
      LoadedFile target = new LoadedFile("link", url, page, "<" + a.tagName() + ">");
      Optional<String> scheme = target.scheme();
      boolean leaves =
          url.strip().startsWith("//")
              || scheme.filter(s -> s.equals("http") || s.equals("https")).isPresent();
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
