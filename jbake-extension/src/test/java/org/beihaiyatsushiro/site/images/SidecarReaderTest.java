package org.beihaiyatsushiro.site.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.testing.Printed;
import org.junit.jupiter.api.Test;

/** A sidecar is read as strictly as the front matter, each mistake at its line. */
class SidecarReaderTest {
  private static List<String> problems(String yaml) {
    Problems problems = new Problems();
    assertThat(SidecarReader.read(yaml, "images/map.svg.yml", problems)).isEmpty();
    return problems.sorted().stream().map(Printed::line).toList();
  }

  @Test
  void aCompleteSidecarGivesCaptionCreditAndLicencePerLanguage() {
    Problems problems = new Problems();
    Sidecar s =
        SidecarReader.read(
                "caption:\n  zh: 位置图\n  ja: 位置図\n  en: Where they lie\n"
                    + "credit:\n  zh: 本站绘制\n  ja: 本サイト作成\n  en: Drawn for this site\n"
                    + "licence: public-domain\n",
                "images/map.svg.yml",
                problems)
            .orElseThrow();
    assertThat(problems.sorted()).isEmpty();
    assertThat(s.caption().get(Language.JA)).isEqualTo("位置図");
    assertThat(s.credit().get(Language.EN)).isEqualTo("Drawn for this site");
    assertThat(s.licenceText(Language.ZH)).isEqualTo("公有领域");
    assertThat(new Sidecar(s.caption(), s.credit(), "CC-BY-SA-4.0").licenceText(Language.EN))
        .isEqualTo("CC\u00a0BY-SA\u00a04.0");
  }

  @Test
  void aMisspeltFieldGetsADidYouMean() {
    assertThat(problems("caption:\n  zh: a\n  ja: b\n  en: c\ncredit: X\nlicense: CC0-1.0\n"))
        .containsExactly(
            "images/map.svg.yml:1: the licence is missing (add 'licence: ' with the licence the"
                + " picture may be shown under: CC-BY-2.0, CC-BY-3.0, CC-BY-4.0, CC-BY-SA-2.0,"
                + " CC-BY-SA-3.0, CC-BY-SA-4.0, CC0-1.0, public-domain)",
            "images/map.svg.yml:6: the field 'license' is not known (did you mean 'licence'?)");
  }

  @Test
  void aMissingLanguageAndAnUnknownLicenceAreReportedAtTheirLines() {
    assertThat(problems("caption:\n  zh: a\n  en: c\ncredit: X\nlicence: CC-BY-4\n"))
        .containsExactly(
            "images/map.svg.yml:1: the caption has no text in ja (add a line 'ja: …' under"
                + " caption:)",
            "images/map.svg.yml:5: 'CC-BY-4' is not a licence the site knows (did you mean"
                + " 'CC-BY-4.0'?)");
  }

  @Test
  void aMissingCreditAndAnEmptyCaptionAreReported() {
    assertThat(problems("caption:\n  zh: a\n  ja: \n  en: c\nlicence: CC0-1.0\n"))
        .containsExactly(
            "images/map.svg.yml:1: the credit is missing (add it: credit: with a line 'zh: …',"
                + " 'ja: …' and 'en: …' under it, or one text for all languages after"
                + " 'credit:')",
            "images/map.svg.yml:3: the caption in ja is empty (write it after 'ja:' on the same"
                + " line)");
  }

  @Test
  void anchorsAndDeepNestingAreRefusedBeforeTheTreeIsBuilt() {
    assertThat(problems("caption: &c\n  zh: a\ncredit: *c\n"))
        .containsExactly(
            "images/map.svg.yml:1: '&' and '*' (YAML anchors and aliases) are not used in a"
                + " sidecar (write each value out in full; put a text with & or * in quotes)");
    assertThat(problems("caption:\n  zh:\n    - [a]\n"))
        .containsExactly(
            "images/map.svg.yml:3: a value here is nested deeper than a sidecar's fields go"
                + " (write the languages directly under caption: or credit:, one 'zh: text' a"
                + " line)");
  }

  @Test
  void aColonInsideATextIsExplained() {
    assertThat(
            problems(
                "caption:\n  zh: a\n  ja: b\n  en: Marked: 1972\ncredit: X\nlicence: CC0-1.0\n"))
        .containsExactly(
            "images/map.svg.yml:4: this line has a second ': ' in its text, or is indented wrongly"
                + " (put the text in quotes, as en: \"Marked: 1972 …\"; the languages are indented"
                + " by two spaces under caption: or credit:)");
  }

  @Test
  void aHashAfterASpaceWouldCutTheTextAndIsReported() {
    // YAML would read the credit as "Photo": the rest is a comment.
    assertThat(
            problems(
                "caption:\n  zh: a\n  ja: b\n  en: c\ncredit: Photo #3 by Li\nlicence: CC0-1.0\n"))
        .containsExactly(
            "images/map.svg.yml:5: a ' #' in this line starts a YAML comment, so what follows it is"
                + " left out (put the value in quotes: credit: \"Photo #3 by Li\")");
  }

  @Test
  void brokenYamlIsReportedAtItsLine() {
    assertThat(problems("caption:\n  zh: a\n ja: \"b\ncredit: x\n")).hasSize(1);
    assertThat(problems("caption:\n  zh: a\n ja: \"b\ncredit: x\n").get(0))
        .startsWith("images/map.svg.yml:")
        .contains("this is not valid YAML");
  }
}
