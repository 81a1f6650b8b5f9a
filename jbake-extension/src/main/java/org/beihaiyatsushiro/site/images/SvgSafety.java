package org.beihaiyatsushiro.site.images;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Phrase;
import org.beihaiyatsushiro.site.base.Problems;

/**
 * Checks that an SVG drawing can be published as it is: read by the JDK's XML parser (StAX, with
 * document type declarations and external entities refused), every element on an allow-list of
 * SVG's drawing elements, no event handler ({@code onload=…}), no link or {@code url(…)} that leads
 * out of the drawing, no style sheet that imports one. A drawing that passes holds nothing a
 * browser would run or fetch, so it is copied byte for byte; one that does not is a problem at the
 * line of its first unsafe part.
 *
 * <p>The check allows, it does not clean: an editor's drawing is either published whole or not at
 * all, so what readers see is what the editor sent.
 */
public final class SvgSafety {
  static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final String XLINK_NS = "http://www.w3.org/1999/xlink";

  /** The elements a drawing may use: shapes, text, grouping, paint servers, clipping, metadata. */
  static final Set<String> ELEMENTS =
      Set.of(
          "svg",
          "g",
          "defs",
          "symbol",
          "use",
          "title",
          "desc",
          "path",
          "rect",
          "circle",
          "ellipse",
          "line",
          "polyline",
          "polygon",
          "text",
          "tspan",
          "textPath",
          "linearGradient",
          "radialGradient",
          "stop",
          "pattern",
          "clipPath",
          "mask",
          "marker",
          "style");

  /** The size of a drawing as its root element states it. */
  public record Size(int width, int height) {}

  private SvgSafety() {}

  /**
   * Checks a drawing, recording a problem for its first unsafe part.
   *
   * @return the drawing's size from its root's width and height (or its viewBox), or empty after a
   *     problem was recorded
   */
  public static Optional<Size> check(byte[] svg, String path, Problems problems) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    Size size = null;
    XMLStreamReader xml = null;
    try {
      xml = factory.createXMLStreamReader(new ByteArrayInputStream(svg));
      String inStyle = null;
      while (xml.hasNext()) {
        int event = xml.next();
        int line = lineOf(xml.getLocation());
        switch (event) {
          case XMLStreamConstants.DTD -> {
            return refuse(
                path,
                line,
                Message.SVG_DOCTYPE.with(),
                Message.HINT_SVG_REMOVE_DOCTYPE.with(),
                problems);
          }
          case XMLStreamConstants.ENTITY_REFERENCE -> {
            return refuse(
                path,
                line,
                Message.SVG_ENTITY.with(),
                Message.HINT_SVG_WRITE_THE_CHARACTER.with(),
                problems);
          }
          case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
            return refuse(
                path,
                line,
                Message.SVG_PROCESSING_INSTRUCTION.with(xml.getPITarget()),
                Message.HINT_SVG_NOTHING_OF_ITS_OWN.with(),
                problems);
          }
          case XMLStreamConstants.START_ELEMENT -> {
            String name = xml.getLocalName();
            if (!SVG_NS.equals(xml.getNamespaceURI()) || !ELEMENTS.contains(name)) {
              return refuse(
                  path,
                  line,
                  name.equals("script")
                      ? Message.SVG_SCRIPT.with(qualified(xml.getPrefix(), name))
                      : Message.SVG_ELEMENT_NOT_ALLOWED.with(qualified(xml.getPrefix(), name)),
                  Message.HINT_SVG_PLAIN.with(
                      String.join(", ", ELEMENTS.stream().sorted().toList())),
                  problems);
            }
            for (int i = 0; i < xml.getAttributeCount(); i++) {
              Optional<Phrase> unsafe =
                  unsafeAttribute(
                      xml.getAttributeNamespace(i),
                      xml.getAttributeLocalName(i),
                      xml.getAttributeValue(i));
              if (unsafe.isPresent()) {
                return refuse(
                    path,
                    line,
                    Message.SVG_ATTRIBUTE_UNSAFE.with(
                        qualified(xml.getAttributePrefix(i), xml.getAttributeLocalName(i)),
                        name,
                        unsafe.get()),
                    Message.HINT_SVG_RUNS_NOTHING.with(),
                    problems);
              }
            }
            if (name.equals("svg") && size == null) {
              size = sizeOf(xml).orElse(null);
              if (size == null) {
                return refuse(
                    path,
                    line,
                    Message.SVG_WITHOUT_SIZE.with(),
                    Message.HINT_SVG_SIZE.with(),
                    problems);
              }
            }
            inStyle = name.equals("style") ? "" : null;
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (inStyle != null) {
              Optional<Phrase> unsafe = unsafeStyle(xml.getText());
              if (unsafe.isPresent()) {
                return refuse(
                    path,
                    line,
                    Message.SVG_STYLE_UNSAFE.with(unsafe.get()),
                    Message.HINT_SVG_OWN_STYLE.with(),
                    problems);
              }
            }
          }
          case XMLStreamConstants.END_ELEMENT -> inStyle = null;
          default -> {
            // comments and white space are harmless
          }
        }
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 1 : lineOf(e.getLocation());
      String reason = String.valueOf(e.getMessage());
      int cut = reason.indexOf("Message: ");
      reason = cut >= 0 ? reason.substring(cut + 9) : reason;
      return refuse(
          path,
          line,
          Message.SVG_NOT_XML.with(reason.lines().findFirst().orElse("")),
          Message.HINT_SVG_SAVE_AGAIN.with(),
          problems);
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // nothing was held open
        }
      }
    }
    if (size == null) {
      return refuse(
          path, 1, Message.SVG_WITHOUT_SVG.with(), Message.HINT_SVG_SAVE_AS_SVG.with(), problems);
    }
    return Optional.of(size);
  }

  /** Why an attribute is unsafe, if it is. */
  private static Optional<Phrase> unsafeAttribute(String namespace, String name, String value) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("on")) {
      return Optional.of(Message.SVG_EVENT_HANDLER.with());
    }
    boolean ownNamespace =
        namespace == null
            || namespace.isEmpty()
            || namespace.equals(XLINK_NS)
            || namespace.equals(XMLConstants.XML_NS_URI);
    if (!ownNamespace) {
      return Optional.of(Message.SVG_OTHER_VOCABULARY.with(namespace));
    }
    if (lower.equals("href") || lower.equals("src")) {
      return value.strip().startsWith("#")
          ? Optional.empty()
          : Optional.of(Message.SVG_LEADS_OUT.with(value));
    }
    return unsafeStyle(value).map(s -> Message.SVG_SAYS.with(s));
  }

  /** Why a style sheet or attribute value is unsafe, if it is. */
  private static Optional<Phrase> unsafeStyle(String css) {
    String lower = css.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    if (lower.contains("@import")) {
      return Optional.of(Message.SVG_IMPORTS.with());
    }
    if (lower.contains("javascript:") || lower.contains("expression(")) {
      return Optional.of(Message.SVG_HOLDS_A_PROGRAM.with());
    }
    int at = lower.indexOf("url(");
    while (at >= 0) {
      String inside = lower.substring(at + 4).replace("\"", "").replace("'", "");
      if (!inside.startsWith("#")) {
        return Optional.of(Message.SVG_REFERS_OUTSIDE.with());
      }
      at = lower.indexOf("url(", at + 4);
    }
    return Optional.empty();
  }

  /** The size the root element states: width and height in pixels, else its viewBox. */
  private static Optional<Size> sizeOf(XMLStreamReader svg) {
    Integer width = pixels(svg.getAttributeValue(null, "width"));
    Integer height = pixels(svg.getAttributeValue(null, "height"));
    if (width != null && height != null) {
      return Optional.of(new Size(width, height));
    }
    String viewBox = svg.getAttributeValue(null, "viewBox");
    if (viewBox != null) {
      String[] parts = viewBox.strip().split("[\\s,]+");
      if (parts.length == 4) {
        try {
          long w = Math.round(Double.parseDouble(parts[2]));
          long h = Math.round(Double.parseDouble(parts[3]));
          if (w > 0 && h > 0 && w < 100_000 && h < 100_000) {
            return Optional.of(new Size((int) w, (int) h));
          }
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Integer pixels(String value) {
    if (value == null) {
      return null;
    }
    String number = value.strip();
    if (number.endsWith("px")) {
      number = number.substring(0, number.length() - 2);
    }
    try {
      long n = Math.round(Double.parseDouble(number));
      return n > 0 && n < 100_000 ? (int) n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String qualified(String prefix, String name) {
    return prefix == null || prefix.isEmpty() ? name : prefix + ":" + name;
  }

  private static int lineOf(Location location) {
    return location == null ? 1 : Math.max(1, location.getLineNumber());
  }

  private static <T> Optional<T> refuse(
      String path, int line, Phrase message, Phrase hint, Problems problems) {
    problems.add(path, line, message, hint);
    return Optional.empty();
  }
}
