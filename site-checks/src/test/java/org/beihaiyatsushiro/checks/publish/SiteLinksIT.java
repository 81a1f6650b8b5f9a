package org.beihaiyatsushiro.checks.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.beihaiyatsushiro.checks.BakedSite;
import org.junit.jupiter.api.Test;

/**
 * The baked site opened from disk: every link, stylesheet, script and image reference resolves to a
 * file of the site, every #fragment to an id in that file, and every page can be reached from the
 * front door.
 */
class SiteLinksIT {
  @Test
  void everyReferenceOfEveryPageAndStylesheetWorksFromDisk() {
    SiteCrawl crawl = PublishedSite.crawl();

    assertThat(crawl.references()).hasSizeGreaterThan(BakedSite.pages().size());
    assertThat(crawl.problems()).isEmpty();
  }

  @Test
  void everyPageButThe404PageIsReachableFromTheFrontDoor() {
    Set<String> reached = PublishedSite.crawl().reachableFrom("index.html");

    assertThat(BakedSite.pages())
        .filteredOn(p -> !reached.contains(p))
        .containsExactly(SiteCrawl.NOT_FOUND_PAGE);
    assertThat(reached).contains("css/site.css", "en/feed.xml");
  }

  @Test
  void theCrawlNamesEachKindOfBrokenReference() throws IOException, URISyntaxException {
    Path fixture =
        Path.of(SiteLinksIT.class.getResource("crawl-fixture/index.html").toURI()).getParent();

    List<String> problems = SiteCrawl.of(fixture, "https://owner.github.io/repo/").problems();

    assertThat(problems)
        .containsExactlyInAnyOrder(
            "index.html: a[href]=\"en/\": names a folder, not a file: write en/index.html (a folder"
                + " does not open from disk)",
            "index.html: a[href]=\"en/missing.html\": no file en/missing.html in the site",
            "index.html: a[href]=\"en/index.html#nowhere\": no id \"nowhere\" in en/index.html",
            "index.html: a[href]=\"/repo/en/index.html\": is an absolute path: it breaks from disk"
                + " and under a subpath; use a relative path",
            "index.html: a[href]=\"https://owner.github.io/repo/en/index.html\": links to the site"
                + " by its web address: offline it leads to the web; use a relative link",
            "index.html: img[src]=\"https://cdn.example/logo.png\": loads a file from outside the"
                + " site: every file a page loads must be in the site",
            "index.html: img[src]=\"../outside.png\": leads outside the site",
            "css/site.css: css url()=\"missing.png\": no file css/missing.png in the site",
            "404.html: a[href]=\"en/index.html\": is relative, but the 404 page is served at any"
                + " depth: start it with /repo/",
            "404.html: a[href]=\"/other/en/index.html\": is not under the base path /repo/");
  }
}
