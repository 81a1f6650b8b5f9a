package org.beihaiyatsushiro.checks.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.beihaiyatsushiro.checks.BakedSite;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The site's XML files (feeds, sitemaps), parsed by the JDK's own namespace-aware XML parser. */
final class XmlFiles {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String XHTML = "http://www.w3.org/1999/xhtml";

  private XmlFiles() {}

  /**
   * Parses a file of the site; a file that is not well-formed XML fails the test with the reason.
   */
  static Document parse(String sitePath) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(BakedSite.ROOT.resolve(sitePath).toFile());
    } catch (SAXException e) {
      throw new AssertionError(sitePath + " is not well-formed XML: " + e.getMessage(), e);
    } catch (IOException | ParserConfigurationException e) {
      throw new AssertionError(sitePath + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The child elements of an element with a namespace and local name. */
  static List<Element> children(Element parent, String ns, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ns.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  /** The text of the only child element of that name, or fails naming what is missing. */
  static String text(Element parent, String ns, String name, String where) {
    List<Element> found = children(parent, ns, name);
    if (found.size() != 1) {
      throw new AssertionError(where + ": expected one <" + name + ">, found " + found.size());
    }
    return found.get(0).getTextContent().strip();
  }
}
