package org.beihaiyatsushiro.site.content;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The first sign, in a YAML text an editor wrote (a front matter, a picture's sidecar), of a shape
 * the site never needs, read from the parser's events before any composer builds a tree: an anchor
 * {@code &} or alias {@code *} (which could multiply into billions of nodes), or collections nested
 * deeper than the reader allows (which the composer would follow by recursion, however deep). The
 * events come one after the other, so the pass is linear. Each reader words its own message.
 *
 * @param sign what was found
 * @param line its line in the YAML text, counted from 0
 */
public record YamlShape(Sign sign, int line) {
  /** What a YAML text holds that no reader of the site needs. */
  public enum Sign {
    ALIAS,
    ANCHOR,
    TOO_DEEP
  }

  /**
   * The first unneeded shape in {@code yaml}, if any.
   *
   * @param label the file, for the parser's own messages
   * @param deepest how many collections may be open at once (2: a mapping of lists or of maps)
   */
  public static Optional<YamlShape> firstIn(String yaml, String label, int deepest) {
    LoadSettings settings = LoadSettings.builder().setLabel(label).build();
    ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, yaml));
    int depth = 0;
    while (parser.hasNext()) {
      Event event = parser.next();
      int line = event.getStartMark().map(m -> m.getLine()).orElse(0);
      if (event instanceof AliasEvent) {
        return Optional.of(new YamlShape(Sign.ALIAS, line));
      }
      if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
        return Optional.of(new YamlShape(Sign.ANCHOR, line));
      }
      if (event instanceof CollectionStartEvent) {
        depth++;
        if (depth > deepest) {
          return Optional.of(new YamlShape(Sign.TOO_DEEP, line));
        }
      } else if (event instanceof CollectionEndEvent) {
        depth--;
      }
    }
    return Optional.empty();
  }
}
