package org.beihaiyatsushiro.site.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlugTest {
  @Test
  void anEnglishTitleBecomesLowerCaseWordsJoinedByDashes() {
    assertThat(Slug.fromTitle("The “Bing Jia Qi Qu” seahorse statues"))
        .isEqualTo("the-bing-jia-qi-qu-seahorse-statues");
    assertThat(Slug.fromTitle("Masks, 2020")).isEqualTo("masks-2020");
    assertThat(Slug.fromTitle("Café Ōmura")).isEqualTo("cafe-omura");
  }

  @Test
  void aTitleInChineseOrJapaneseNeedsAnExplicitSlug() {
    assertThatThrownBy(() -> Slug.fromTitle("銀灘公園"))
        .hasMessageContaining("not in Latin letters")
        .hasMessageContaining("--slug");
    assertThatThrownBy(() -> Slug.fromTitle("Beihai 北海"))
        .hasMessageContaining("not in Latin letters");
  }

  @Test
  void aGivenSlugMustBeAscii() {
    assertThat(Slug.check("silver-beach")).isEqualTo("silver-beach");
    assertThatThrownBy(() -> Slug.check("銀灘"))
        .hasMessageStartingWith("the slug '銀灘' is not ASCII")
        .hasMessageContaining("--slug");
    assertThatThrownBy(() -> Slug.check("Silver Beach"))
        .hasMessageContaining("lower-case letters a-z, digits and single dashes");
    assertThatThrownBy(() -> Slug.check("../beihai")).hasMessageContaining("single dashes");
  }
}
