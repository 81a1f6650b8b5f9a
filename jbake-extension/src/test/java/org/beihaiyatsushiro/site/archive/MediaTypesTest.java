package org.beihaiyatsushiro.site.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Content-Type of each file of the site, as a web server sends it. */
class MediaTypesTest {
  @Test
  void textTypesCarryTheirCharset() {
    assertThat(MediaTypes.of("en/index.html")).isEqualTo("text/html; charset=utf-8");
    assertThat(MediaTypes.of("css/site.css")).isEqualTo("text/css; charset=utf-8");
    assertThat(MediaTypes.of("js/search.js")).isEqualTo("text/javascript; charset=utf-8");
    assertThat(MediaTypes.of("en/feed.xml")).isEqualTo("application/xml; charset=utf-8");
    assertThat(MediaTypes.of("img/emblem.svg")).isEqualTo("image/svg+xml; charset=utf-8");
  }

  @Test
  void binaryTypesHaveNoCharsetAndUnknownFilesAreOctetStreams() {
    assertThat(MediaTypes.of("img/Seahorse.PNG")).isEqualTo("image/png");
    assertThat(MediaTypes.of("fonts/a.woff2")).isEqualTo("font/woff2");
    assertThat(MediaTypes.of("CNAME")).isEqualTo("application/octet-stream");
    assertThat(MediaTypes.isText("CNAME")).isFalse();
  }

  @Test
  void theFormatsAlreadyCompressedAreTheImagesFontsAndPackagesThatAreSoAndNoText() {
    assertThat(MediaTypes.isCompressed("share/en/beihai.png")).isTrue();
    assertThat(MediaTypes.isCompressed("images/harbour.0123456789-960.webp")).isTrue();
    assertThat(MediaTypes.isCompressed("images/harbour.JPG")).isTrue();
    assertThat(MediaTypes.isCompressed("fonts/a.woff2")).isTrue();
    assertThat(MediaTypes.isCompressed("archive/site.warc.gz")).isTrue();
    assertThat(MediaTypes.isCompressed("en/index.html")).isFalse();
    assertThat(MediaTypes.isCompressed("img/emblem.svg")).isFalse();
    assertThat(MediaTypes.isCompressed("fonts/a.ttf")).isFalse();
    // A browser's PDF deflates to about half its size.
    assertThat(MediaTypes.isCompressed("docs/agreement.pdf")).isFalse();
    assertThat(MediaTypes.isCompressed("CNAME")).isFalse();
  }

  @Test
  void pagesAreTheHtmlFiles() {
    assertThat(MediaTypes.isPage("zh/timeline.html")).isTrue();
    assertThat(MediaTypes.isPage("zh/feed.xml")).isFalse();
  }
}
