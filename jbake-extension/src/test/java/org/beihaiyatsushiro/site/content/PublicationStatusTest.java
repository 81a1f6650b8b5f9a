package org.beihaiyatsushiro.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The statuses as editors write them in {@code status:}. */
class PublicationStatusTest {
  @Test
  void eachStatusIsReadFromItsWord() {
    assertThat(PublicationStatus.of("published")).contains(PublicationStatus.PUBLISHED);
    assertThat(PublicationStatus.of("draft")).contains(PublicationStatus.DRAFT);
    assertThat(PublicationStatus.codes()).containsExactly("published", "draft");
  }

  @Test
  void aWordThatIsNoStatusGivesNone() {
    assertThat(PublicationStatus.of("publish")).isEmpty();
    assertThat(PublicationStatus.of("Draft")).isEmpty();
    assertThat(PublicationStatus.of("")).isEmpty();
    assertThat(PublicationStatus.of(null)).isEmpty();
  }
}
