package org.beihaiyatsushiro.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.PartialDate;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.testing.Printed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file read as editors write it: both headers, any line ending, with or without a BOM. */
class ContentReaderTest {
  @TempDir Path site;

  private final Problems problems = new Problems();

  private Optional<Article> read(String contentPath, byte[] bytes) throws IOException {
    Path file = site.resolve("content").resolve(contentPath);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return new ContentReader(site, site.resolve("content")).read(file, problems);
  }

  private Optional<Article> read(String contentPath, String text) throws IOException {
    return read(contentPath, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] withBom(String text) {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    return all;
  }

  private static final String YAML =
      "---\n"
          + "title: 北海与八代\n"
          + "date: 1996\n"
          + "type: article\n"
          + "status: published\n"
          + "summary: 两座城市。\n"
          + "order: 3\n"
          + "---\n"
          + "\n"
          + "北海市与八代市\n"
          + "结为友好城市。\n";

  @Test
  void yamlFrontMatterGivesEveryField() throws IOException {
    Article a = read("zh/sister-cities.md", YAML).orElseThrow();

    assertThat(problems.sorted()).isEmpty();
    assertThat(a.title()).isEqualTo("北海与八代");
    assertThat(a.type()).isEqualTo(PageType.ARTICLE);
    assertThat(a.isPublished()).isTrue();
    assertThat(a.summary()).isEqualTo("两座城市。");
    assertThat(a.order()).isEqualTo(3);
    assertThat(a.lang()).isEqualTo(Language.ZH);
    assertThat(a.key()).isEqualTo("sister-cities");
    assertThat(a.outputPath()).isEqualTo("zh/sister-cities.html");
    assertThat(a.bodyHtml().strip()).isEqualTo("<p>北海市与八代市结为友好城市。</p>");
  }

  @Test
  void aByteOrderMarkAndWindowsOrOldMacLineEndingsChangeNothing() throws IOException {
    Article plain = read("zh/a.md", YAML).orElseThrow();
    Article bomCrlf = read("zh/b.md", withBom(YAML.replace("\n", "\r\n"))).orElseThrow();
    Article cr = read("zh/c.md", YAML.replace("\n", "\r")).orElseThrow();

    assertThat(problems.sorted()).isEmpty();
    for (Article a : new Article[] {bomCrlf, cr}) {
      assertThat(a.title()).isEqualTo(plain.title());
      assertThat(a.date()).isEqualTo(plain.date());
      assertThat(a.bodyHtml()).isEqualTo(plain.bodyHtml());
      assertThat(a.fieldLines()).isEqualTo(plain.fieldLines());
    }
  }

  @Test
  void linesAreCountedTheSameWithWindowsLineEndings() throws IOException {
    read("en/a.md", withBom(YAML.replace("date: 1996", "date: 1996-02-30").replace("\n", "\r\n")));

    assertThat(problems.sorted())
        .extracting(Printed::line)
        .containsExactly(
            "content/en/a.md:3: the date '1996-02-30' has day 30, but February 1996 has 29 days"
                + " (write the date as YYYY, YYYY-MM or YYYY-MM-DD, only as precise as it is"
                + " known)");
  }

  @Test
  void invalidUtf8IsReportedAtItsLineWhateverTheLineEndings() throws IOException {
    byte[] gbk = "北海".getBytes(java.nio.charset.Charset.forName("GBK"));
    for (String ending : new String[] {"\n", "\r\n", "\r"}) {
      Problems found = new Problems();
      String head = YAML.replace("\n", ending);
      byte[] text = head.getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[text.length + gbk.length];
      System.arraycopy(text, 0, bytes, 0, text.length);
      System.arraycopy(gbk, 0, bytes, text.length, gbk.length);
      assertThat(SourceText.decode(bytes, "content/zh/a.md", found)).isEmpty();
      assertThat(found.sorted()).extracting(Problem::line).containsExactly(12);
    }
  }

  @Test
  void theClassicJbakeHeaderStillWorks() throws IOException {
    Article a =
        read(
                "en/beihai.md",
                "title=Beihai\ndate=2020-07\ntype=article\nstatus=draft\norder=2\n"
                    + "~~~~~~\n\nA port city.\n")
            .orElseThrow();

    assertThat(problems.sorted()).isEmpty();
    assertThat(a.title()).isEqualTo("Beihai");
    assertThat(a.date().precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(a.date().iso()).isEqualTo("2020-07");
    assertThat(a.isPublished()).isFalse();
    assertThat(a.order()).isEqualTo(2);
    assertThat(a.bodyHtml().strip()).isEqualTo("<p>A port city.</p>");
  }

  @Test
  void theTypeAndStatusAreReadOnceAsTheirWords() throws IOException {
    Article a = read("en/beihai.md", YAML).orElseThrow();
    Article draft =
        read("en/draft.md", YAML.replace("status: published", "status: draft")).orElseThrow();

    assertThat(problems.sorted()).isEmpty();
    assertThat(a.status()).isEqualTo(PublicationStatus.PUBLISHED);
    assertThat(a.isPublished()).isTrue();
    assertThat(a.hasPage()).isTrue();
    assertThat(draft.status()).isEqualTo(PublicationStatus.DRAFT);
    assertThat(draft.isPublished()).isFalse();
  }

  @Test
  void anUnknownTypeOrStatusIsReportedAtItsLineAndReadAsNone() throws IOException {
    Path file = site.resolve("content/en/beihai.md");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file, "---\ntitle: Beihai\ndate: 1996\ntype: page\nstatus: public\n---\n\nText.\n");

    ContentReader.Reading reading =
        new ContentReader(site, site.resolve("content")).readForChecks(List.of(file), problems);

    assertThat(reading.articles()).isEmpty();
    Article a = reading.checkable().get(0);
    assertThat(a.type()).isNull();
    assertThat(a.status()).isNull();
    assertThat(a.isPublished()).isFalse();
    assertThat(problems.sorted())
        .extracting(Printed::line)
        .containsExactly(
            "content/en/beihai.md:4: unknown type 'page' (write one of: home, article, timeline,"
                + " event)",
            "content/en/beihai.md:5: status 'public' is neither published nor draft (write status:"
                + " published to publish, status: draft to keep it private)");
  }

  @Test
  void theDateKeepsItsPrecision() throws IOException {
    assertThat(read("en/a.md", YAML).orElseThrow().date().precision())
        .isEqualTo(PartialDate.Precision.YEAR);
    assertThat(read("en/b.md", YAML.replace("1996", "2020-07")).orElseThrow().date().iso())
        .isEqualTo("2020-07");
    Article day = read("en/c.md", YAML.replace("1996", "2022-09-29")).orElseThrow();
    assertThat(day.date().precision()).isEqualTo(PartialDate.Precision.DAY);
    assertThat(day.date().iso()).isEqualTo("2022-09-29");
  }

  @Test
  void anEventKnowsItsKindArticleAndAnniversary() throws IOException {
    Article e =
        read(
                "zh/events/1996-sister-cities.md",
                "---\ntitle: 结好\ndate: 1996\ntype: event\nstatus: published\nkind: cities\n"
                    + "article: ../sister-cities.md\n---\n\n两市结为[友好城市](../sister-cities.md)。\n")
            .orElseThrow();

    assertThat(problems.sorted()).isEmpty();
    assertThat(e.hasPage()).isFalse();
    assertThat(e.anchor()).isEqualTo("1996-sister-cities");
    assertThat(e.anniversary()).isEqualTo(AnniversaryStyle.AGO);
    assertThat(e.kind()).isEqualTo(EventKind.CITIES);
    assertThat(e.eventArticle()).isEqualTo("zh/sister-cities.md");
    assertThat(e.bodyHtml()).contains("href=\"../sister-cities.html\"");
    assertThat(e.links())
        .extracting(LinkRef::target, LinkRef::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("zh/sister-cities.md", 10),
            org.assertj.core.groups.Tuple.tuple("zh/sister-cities.md", 7));
  }

  @Test
  void theTranslationsFieldsAreRead() throws IOException {
    Article a =
        read(
                "ja/beihai.md",
                "---\ntitle: 北海\ndate: 2022\ntype: article\nstatus: published\n"
                    + "translated_from: zh\nsource_updated: 2022-09-01\nupdated: 2022-09-10\n"
                    + "translation_key: beihai-city\nlang: ja\n---\n\n本文。\n")
            .orElseThrow();

    assertThat(problems.sorted()).isEmpty();
    assertThat(a.translatedFrom()).isEqualTo(Language.ZH);
    assertThat(a.sourceUpdated().iso()).isEqualTo("2022-09-01");
    assertThat(a.updated().iso()).isEqualTo("2022-09-10");
    assertThat(a.key()).isEqualTo("beihai-city");
  }

  @Test
  void everyFieldOfTheSchemaIsDocumentedInEachEditorsGuide() throws IOException {
    for (String lang : new String[] {"en", "zh", "ja"}) {
      String guide =
          Files.readString(
              org.beihaiyatsushiro.site.testing.FixtureSite.PROJECT.resolve(
                  "docs/editors-guide." + lang + ".md"));
      for (String field : ContentSchema.FIELDS.keySet()) {
        assertThat(guide).as(lang + ": " + field).contains("| `" + field + "` |");
      }
    }
  }

  @Test
  void aMisspeltFieldIsMatchedToTheNearestKnownOne() {
    assertThat(ContentSchema.closest("titel")).contains("title");
    assertThat(ContentSchema.closest("Status")).contains("status");
    assertThat(ContentSchema.closest("translationkey")).contains("translation_key");
    assertThat(ContentSchema.closest("sumary")).contains("summary");
    assertThat(ContentSchema.closest("author")).isEmpty();
  }
}
