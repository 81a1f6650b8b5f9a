package org.beihaiyatsushiro.site.base;

import java.time.Month;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One sentence of a problem, not yet in any language: the message's id and the values of its
 * placeholders, in the order {@link Message} names them.
 *
 * <p>A value is either literal text shown as it is (a field's name, a value the editor typed, a
 * file's path, a library's own detail), a number, a month (named in the sentence's language) or
 * another phrase, which is told in the same language as the sentence around it (a word such as
 * "caption", a did-you-mean).
 */
public record Phrase(Message message, List<Object> values) {
  public Phrase {
    Objects.requireNonNull(message, "message");
    values = List.copyOf(values);
    if (values.size() != message.placeholders().size()) {
      throw new IllegalArgumentException(
          message + " takes " + message.placeholders() + " but was given " + values);
    }
    for (Object v : values) {
      if (!(v instanceof String
          || v instanceof Number
          || v instanceof Month
          || v instanceof Phrase)) {
        throw new IllegalArgumentException(message + ": a value is text or a phrase, not " + v);
      }
    }
  }

  /** The phrase as the programmer reads it, never shown to an editor: {@code id{name=value}}. */
  @Override
  public String toString() {
    if (values.isEmpty()) {
      return message.key();
    }
    List<String> names = message.placeholders();
    return message.key()
        + java.util.stream.IntStream.range(0, values.size())
            .mapToObj(i -> names.get(i) + "=" + values.get(i))
            .collect(Collectors.joining(", ", "{", "}"));
  }
}
