package org.beihaiyatsushiro.site.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields at the head of a source file and where each one stands, plus the body that follows.
 *
 * <p>A value is a {@code String} or a {@code List<String>}; the line of each key lets every
 * complaint about a field point at that field.
 */
public final class FrontMatter {
  /** One field: its value and the line of its key. */
  public record Field(String key, Object value, int line) {}

  private final Map<String, Field> fields;
  private final String body;
  private final int bodyLine;
  private final boolean complete;

  FrontMatter(Map<String, Field> fields, String body, int bodyLine) {
    this(fields, body, bodyLine, true);
  }

  /**
   * @param complete false when some lines of the header could not be read (their problems are
   *     recorded): a field that seems missing may be on one of them, so it is not reported again
   */
  FrontMatter(Map<String, Field> fields, String body, int bodyLine, boolean complete) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    this.body = body;
    this.bodyLine = bodyLine;
    this.complete = complete;
  }

  public Map<String, Field> fields() {
    return fields;
  }

  public Optional<Field> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  /** The Markdown after the header. */
  public String body() {
    return body;
  }

  /** The 1-based line of the file on which the body starts. */
  public int bodyLine() {
    return bodyLine;
  }

  /** Whether every line of the header could be read. */
  public boolean complete() {
    return complete;
  }
}
