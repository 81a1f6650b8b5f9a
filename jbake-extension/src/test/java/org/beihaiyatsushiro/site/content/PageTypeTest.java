package org.beihaiyatsushiro.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The content types as editors write them in {@code type:}, and what each decides. */
class PageTypeTest {
  @Test
  void eachTypeIsReadFromItsWord() {
    assertThat(PageType.of("home")).contains(PageType.HOME);
    assertThat(PageType.of("article")).contains(PageType.ARTICLE);
    assertThat(PageType.of("timeline")).contains(PageType.TIMELINE);
    assertThat(PageType.of("event")).contains(PageType.EVENT);
  }

  @Test
  void aWordThatIsNoTypeGivesNone() {
    assertThat(PageType.of("page")).isEmpty();
    assertThat(PageType.of("Article")).isEmpty();
    assertThat(PageType.of(" article")).isEmpty();
    assertThat(PageType.of("")).isEmpty();
    assertThat(PageType.of(null)).isEmpty();
  }

  @Test
  void theTypesAreListedInTheOrderEditorsSeeThem() {
    assertThat(PageType.codes()).containsExactly("home", "article", "timeline", "event");
    assertThat(ContentSchema.TYPES).isEqualTo(PageType.codes());
  }

  @Test
  void eachTypeHasATemplateOfItsNameAndOnlyEventsNoPage() {
    assertThat(PageType.ARTICLE.template()).isEqualTo("article.ftlh");
    assertThat(PageType.HOME.template()).isEqualTo("home.ftlh");
    assertThat(PageType.HOME.hasPage()).isTrue();
    assertThat(PageType.ARTICLE.hasPage()).isTrue();
    assertThat(PageType.TIMELINE.hasPage()).isTrue();
    assertThat(PageType.EVENT.hasPage()).isFalse();
  }
}
