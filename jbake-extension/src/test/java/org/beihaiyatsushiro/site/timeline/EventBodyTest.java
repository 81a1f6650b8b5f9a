package org.beihaiyatsushiro.site.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An event's links still reach their files where the event is shown. */
class EventBodyTest {
  @Test
  void relativeLinksAreWrittenAgainForThePageThatShowsTheEvent() {
    String body =
        "<p>See <a href=\"../beihai.html\">Beihai</a> and <a href=\"../timeline.html#y1996\">1996</a>"
            + " <img src=\"../img/map.svg\" alt=\"map\"></p>";

    String onJaTimeline = EventBody.rebase(body, "en/events/x.html", p -> "../" + p);

    assertThat(onJaTimeline)
        .isEqualTo(
            "<p>See <a href=\"../en/beihai.html\">Beihai</a> and"
                + " <a href=\"../en/timeline.html#y1996\">1996</a>"
                + " <img src=\"../en/img/map.svg\" alt=\"map\"></p>");
  }

  @Test
  void absoluteLinksForTheDataFile() {
    String body = "<p><a href=\"../sister-cities.html\">tie</a></p>";

    assertThat(EventBody.rebase(body, "zh/events/y.html", p -> "https://example.org/s/" + p))
        .isEqualTo("<p><a href=\"https://example.org/s/zh/sister-cities.html\">tie</a></p>");
  }

  @Test
  void externalLinksFragmentsAndBodiesWithoutLinksStayAsTheyAre() {
    String body =
        "<p><a href=\"https://example.org/a\" rel=\"noopener noreferrer\">x</a>"
            + " <a href=\"#note\">y</a> <a href=\"mailto:a@example.org\">z</a></p>";

    assertThat(EventBody.rebase(body, "en/events/x.html", p -> "../" + p)).isEqualTo(body);
    assertThat(EventBody.rebase("<p>中日邦交正常化。</p>", "zh/events/x.html", p -> "../" + p))
        .isEqualTo("<p>中日邦交正常化。</p>");
  }

  @Test
  void thePictureSizesOfAFigureAreRebasedToo() {
    String body =
        "<figure><picture><source type=\"image/webp\" srcset=\"../../images/a-480.webp 480w,"
            + " ../../images/a-960.webp 960w\"><img src=\"../../images/a-960.jpg\""
            + " srcset=\"../../images/a-480.jpg 480w\"></picture></figure>";
    assertThat(EventBody.rebase(body, "en/events/x.html", p -> "../" + p))
        .isEqualTo(
            "<figure><picture><source type=\"image/webp\" srcset=\"../images/a-480.webp 480w,"
                + " ../images/a-960.webp 960w\"><img src=\"../images/a-960.jpg\""
                + " srcset=\"../images/a-480.jpg 480w\"></picture></figure>");
  }
}
