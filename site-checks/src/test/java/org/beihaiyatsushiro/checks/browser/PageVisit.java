package org.beihaiyatsushiro.checks.browser;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beihaiyatsushiro.checks.quality.Finding;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Opens a page in the browser, as a reader would from the archive's files (or from a test server),
 * and reports what went wrong while it was shown: every console error (a script failing, a file
 * missing, the Content-Security-Policy refusing something) and every request for anything but the
 * site's own files. Both come from the browser's own logs (console and network events).
 */
public final class PageVisit {
  private static final Json JSON = new Json();

  private final Chromium chromium;
  private final URI base;

  /**
   * Visits pages of one site from its files.
   *
   * @param chromium the browser
   * @param root the folder laid out like the site; requests for files under it are the site's own
   */
  public PageVisit(Chromium chromium, Path root) {
    this(chromium, Objects.requireNonNull(root, "root").toAbsolutePath().normalize().toUri());
  }

  /**
   * Visits pages of one site at an address: its folder as a file: URL, or a test server's address
   * for it (like http://127.0.0.1:8123/repo/); requests under it are the site's own.
   *
   * @param base the site's root address, ending in '/'
   */
  public PageVisit(Chromium chromium, URI base) {
    this.chromium = Objects.requireNonNull(chromium, "chromium");
    Objects.requireNonNull(base, "base");
    if (!base.isAbsolute() || !base.getPath().endsWith("/")) {
      throw new IllegalArgumentException("not a site's root address ending in '/': " + base);
    }
    this.base = URI.create(canonical(base.toString()));
  }

  /** The address of a page of the site. */
  public String url(String page) {
    return canonical(base.resolve(page).toString());
  }

  /**
   * An address written the way the browser reports it: a file: URL as file:///path (Java's URI
   * arithmetic drops the empty host, which the browser keeps), any other normalized.
   */
  private static String canonical(String url) {
    try {
      URI uri = new URI(url);
      if ("file".equalsIgnoreCase(uri.getScheme())) {
        return Path.of(uri).normalize().toUri().toString();
      }
      return uri.normalize().toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return url;
    }
  }

  /**
   * Opens a page (waiting until it has loaded) and reports its console errors and requests that
   * leave the site.
   */
  public List<Finding> open(String page) {
    Objects.requireNonNull(page, "page");
    RemoteWebDriver driver = chromium.driver();
    // Whatever the logs hold from before belongs to the page shown before.
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(url(page));
    return problems(page, false);
  }

  /**
   * Opens an address of the site where no page is, as a reader following a dead link on the
   * published site does: the server answers with the 404 page (and status 404, which the browser
   * reports on the console; that one message is expected and left out).
   *
   * @param missing a path under the site's address that names no file, like a/b/missing.html
   */
  public List<Finding> openNotFound(String missing) {
    List<Finding> findings = new ArrayList<>(open(missing));
    String expected =
        url(missing) + " - Failed to load resource: the server responded with a status of 404";
    findings.removeIf(f -> f.message().startsWith("console error: " + expected));
    return findings;
  }

  /**
   * After a test tool ran its own script in the page (axe-core does): whether the page's
   * Content-Security-Policy refused anything, and requests leaving the site. Other console errors
   * are the tool's own (axe's attempt to read stylesheets, which file: pages forbid).
   */
  public List<Finding> refusalsSinceOpened(String page) {
    return problems(page, true);
  }

  private List<Finding> problems(String page, boolean policyOnly) {
    RemoteWebDriver driver = chromium.driver();
    List<Finding> findings = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      boolean error = entry.getLevel().intValue() >= Level.SEVERE.intValue();
      boolean policy = entry.getMessage().contains("Content Security Policy");
      if (error && (!policyOnly || policy) && !isManifestRefusedFromFile(entry.getMessage())) {
        findings.add(new Finding(page, "console error: " + entry.getMessage()));
      }
    }
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      String url = requestedUrl(entry.getMessage());
      if (url != null && !isOwnFile(url)) {
        findings.add(new Finding(page, "request that leaves the site: " + url));
      }
    }
    return findings;
  }

  /**
   * Chromium fetches a page's web app manifest with CORS, which a file: page (an opaque origin) can
   * never pass: from the archive's files the site's own manifest always fails to load, with two
   * messages ("Access to manifest at '…' … blocked by CORS policy" and "….webmanifest - Failed to
   * load resource"), and no effect on reading. Those are left out, for the site's own manifests and
   * only on file: visits; served over HTTP (the 404 page's visit) a manifest must load.
   */
  private boolean isManifestRefusedFromFile(String message) {
    if (!"file".equals(base.getScheme())) {
      return false;
    }
    Matcher blocked = MANIFEST_BLOCKED.matcher(message);
    Matcher failed = MANIFEST_FAILED.matcher(message);
    String manifest =
        blocked.matches() ? blocked.group(1) : failed.matches() ? failed.group(1) : null;
    return manifest != null && isOwnFile(manifest);
  }

  private static final Pattern MANIFEST_BLOCKED =
      Pattern.compile(
          "\\S+ - Access to manifest at '(file:[^' ]+\\.webmanifest)' from origin 'null' has been"
              + " blocked by CORS policy: .*",
          Pattern.DOTALL);
  private static final Pattern MANIFEST_FAILED =
      Pattern.compile("(file:\\S+\\.webmanifest) - Failed to load resource: net::ERR_FAILED");

  /** The URL of a Network.requestWillBeSent event, or null for any other event. */
  private static String requestedUrl(String logMessage) {
    Map<String, Object> entry = JSON.toType(logMessage, Json.MAP_TYPE);
    if (!(entry.get("message") instanceof Map<?, ?> message)
        || !"Network.requestWillBeSent".equals(message.get("method"))
        || !(message.get("params") instanceof Map<?, ?> params)
        || !(params.get("request") instanceof Map<?, ?> request)) {
      return null;
    }
    return String.valueOf(request.get("url"));
  }

  /** A file under the site's address, or data inlined in one of its files. */
  private boolean isOwnFile(String url) {
    if (url.startsWith("data:")) {
      return true;
    }
    return canonical(url).startsWith(base.toString());
  }
}
