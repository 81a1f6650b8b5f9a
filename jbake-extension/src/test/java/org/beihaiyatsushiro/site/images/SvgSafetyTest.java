package org.beihaiyatsushiro.site.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.testing.Printed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A drawing is published as it is only when it holds nothing a browser would run or fetch. */
class SvgSafetyTest {
  private static final String OPEN =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
          + " width=\"400\" height=\"300\">\n";

  private static List<String> problems(String svg) {
    Problems problems = new Problems();
    SvgSafety.check(svg.getBytes(StandardCharsets.UTF_8), "images/map.svg", problems);
    return problems.sorted().stream().map(Printed::line).toList();
  }

  @Test
  void aPlainDrawingPassesWithItsSize() {
    Problems problems = new Problems();
    String svg =
        OPEN
            + "<title>Map</title><defs><clipPath id=\"c\"><rect width=\"9\" height=\"9\"/>"
            + "</clipPath></defs><g clip-path=\"url(#c)\" style=\"fill:#123\"><path d=\"M0 0L9"
            + " 9\"/><text xml:lang=\"ja\" font-style=\"italic\">八代<tspan>市</tspan></text>"
            + "<use xlink:href=\"#c\"/></g></svg>";
    assertThat(SvgSafety.check(svg.getBytes(StandardCharsets.UTF_8), "images/map.svg", problems))
        .contains(new SvgSafety.Size(400, 300));
    assertThat(problems.sorted()).isEmpty();
  }

  @Test
  void theSizeMayComeFromTheViewBox() {
    Problems problems = new Problems();
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1200 800.4\"/>";
    assertThat(SvgSafety.check(svg.getBytes(StandardCharsets.UTF_8), "images/map.svg", problems))
        .contains(new SvgSafety.Size(1200, 800));
  }

  @Test
  void aScriptIsRefusedAtItsLine() {
    assertThat(problems(OPEN + "<g/>\n<script>alert(1)</script></svg>"))
        .containsExactly(
            "images/map.svg:3: the drawing has the element <script>, which the site does not"
                + " publish (a program would run in readers' browsers) (save the drawing as plain"
                + " SVG (shapes, text, groups, gradients); allowed: circle, clipPath, defs, desc,"
                + " ellipse, g, line, linearGradient, marker, mask, path, pattern, polygon,"
                + " polyline, radialGradient, rect, stop, style, svg, symbol, text, textPath,"
                + " title, tspan, use)");
  }

  @Test
  void anEventHandlerIsRefused() {
    assertThat(problems(OPEN + "<rect onclick=\"alert(1)\"/></svg>"))
        .containsExactly(
            "images/map.svg:2: the attribute 'onclick' on <rect> runs a program when something"
                + " happens (an event handler) (remove it: a drawing on the site runs nothing and"
                + " shows only what is inside it (links within it, such as href=\"#shape\", are"
                + " fine))");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<image href=\"https://example.org/x.png\"/>",
        "<use xlink:href=\"other.svg#a\"/>",
        "<use href=\"data:image/svg+xml;base64,AAAA\"/>",
        "<rect style=\"fill:url(https://example.org/p)\"/>",
        "<rect fill=\"url( 'http://example.org/p' )\"/>",
        "<style>@import url(x.css);</style>",
        "<style><![CDATA[ rect { fill: url(//example.org/x) } ]]></style>",
        "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>",
        "<a href=\"https://example.org\"><rect/></a>",
        "<animate attributeName=\"href\" to=\"javascript:alert(1)\"/>",
        "<set attributeName=\"onclick\" to=\"alert(1)\"/>",
        "<rect xmlns:x=\"urn:evil\" x:y=\"1\"/>",
      })
  void everyWayOutOfTheDrawingIsRefused(String part) {
    assertThat(problems(OPEN + part + "</svg>")).hasSize(1);
  }

  @Test
  void aDoctypeAndItsEntitiesAreRefused() {
    assertThat(
            problems(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                    + OPEN
                    + "<text>&x;</text></svg>"))
        .containsExactly(
            "images/map.svg:2: the drawing has a document type declaration (<!DOCTYPE …>), which"
                + " can pull in other files (remove the <!DOCTYPE …> line; an SVG needs none)");
  }

  @Test
  void aStyleSheetInstructionAndBrokenXmlAreRefused() {
    assertThat(problems("<?xml-stylesheet href=\"x.css\"?>\n" + OPEN + "</svg>"))
        .containsExactly(
            "images/map.svg:1: the drawing has a processing instruction <?xml-stylesheet …?>"
                + " (remove it: a drawing brings no style sheet or program of its own)");
    assertThat(problems(OPEN + "<g>\n</svg>").get(0))
        .startsWith("images/map.svg:3: the drawing is not well-formed XML (");
    assertThat(problems("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))
        .containsExactly(
            "images/map.svg:1: the drawing does not say its size (give the <svg> element width"
                + " and height in pixels, or a viewBox)");
  }
}
