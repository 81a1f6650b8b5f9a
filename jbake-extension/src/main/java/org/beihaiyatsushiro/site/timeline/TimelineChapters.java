package org.beihaiyatsushiro.site.timeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.i18n.UiStrings;

/**
 * The chapters that name the arc of the timeline (normalization, opening up, sister cities, …),
 * defined once, in the UI strings: {@code timeline.chapter.1996: Sister cities} is a chapter that
 * begins in 1996 and runs until the year before the next chapter begins; the last runs to the year
 * the anniversaries are counted to (site.asOf), the timeline's close.
 *
 * <p>Each language names the chapters in its own words in its table (data/i18n/&lt;lang&gt;.yml);
 * the tables must have the same keys, so every language has the same chapters.
 */
public final class TimelineChapters {
  /** The key of a chapter's name, before the year the chapter begins. */
  public static final String KEY_PREFIX = "timeline.chapter.";

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /**
   * One chapter of a language's timeline.
   *
   * @param from the year it begins
   * @param to the last year it covers
   * @param title its name in the page's language
   * @param years its years that have events, earliest first
   * @param close whether it is the timeline's last chapter, its close
   */
  public record Chapter(int from, int to, String title, List<TimelineYear> years, boolean close) {
    public Chapter {
      years = List.copyOf(years);
    }

    /** The chapter's anchor on the page: chapter-1996. */
    public String anchor() {
      return "chapter-" + from;
    }
  }

  private TimelineChapters() {}

  /** The years chapters begin in, earliest first, with each chapter's name in a table. */
  static TreeMap<Integer, String> starts(Map<String, String> table) {
    TreeMap<Integer, String> starts = new TreeMap<>();
    for (Map.Entry<String, String> e : table.entrySet()) {
      if (e.getKey().startsWith(KEY_PREFIX)) {
        String year = e.getKey().substring(KEY_PREFIX.length());
        if (!YEAR.matcher(year).matches()) {
          throw new IllegalArgumentException(
              "the chapter key '" + e.getKey() + "' does not end in a year");
        }
        starts.put(Integer.parseInt(year), e.getValue());
      }
    }
    return starts;
  }

  /**
   * Records a problem for each chapter key that does not end in the year its chapter begins, at its
   * line in each table.
   *
   * @param dataFolder the data folder, which holds i18n/&lt;lang&gt;.yml
   * @param displayFolder how problems name the data folder
   */
  public static void check(
      UiStrings strings, Path dataFolder, String displayFolder, Problems problems) {
    for (Language lang : Language.values()) {
      for (String key : strings.of(lang).keySet()) {
        if (key.startsWith(KEY_PREFIX)
            && !YEAR.matcher(key.substring(KEY_PREFIX.length())).matches()) {
          String file = "i18n/" + lang.code() + ".yml";
          problems.add(
              displayFolder + "/" + file,
              lineOf(dataFolder.resolve(file), key),
              Message.CHAPTER_KEY_WITHOUT_YEAR.with(key),
              Message.HINT_CHAPTER_YEAR.with(KEY_PREFIX + "1996: …"));
        }
      }
    }
  }

  /**
   * The chapters of a language's timeline, each with its years; a chapter without an event is left
   * out, and years before the first chapter belong to it.
   *
   * @param years the language's timeline by year, earliest first
   * @param close the year the timeline closes (the year of site.asOf, or a later event's)
   */
  public static List<Chapter> of(
      List<TimelineYear> years, int close, Language lang, UiStrings strings) {
    TreeMap<Integer, String> starts = starts(strings.of(lang));
    List<Chapter> chapters = new ArrayList<>();
    if (starts.isEmpty()) {
      if (!years.isEmpty()) {
        chapters.add(new Chapter(years.get(0).year(), close, "", years, true));
      }
      return chapters;
    }
    List<Integer> from = new ArrayList<>(starts.keySet());
    for (int i = 0; i < from.size(); i++) {
      int begins = from.get(i);
      boolean last = i + 1 == from.size();
      int ends = last ? Math.max(close, begins) : from.get(i + 1) - 1;
      boolean first = i == 0;
      List<TimelineYear> in =
          years.stream()
              .filter(y -> (first || y.year() >= begins) && (last || y.year() <= ends))
              .toList();
      if (!in.isEmpty()) {
        int start = Math.min(begins, in.get(0).year());
        int end = Math.max(ends, in.get(in.size() - 1).year());
        chapters.add(new Chapter(start, end, starts.get(begins), in, false));
      }
    }
    if (!chapters.isEmpty()) {
      Chapter end = chapters.remove(chapters.size() - 1);
      chapters.add(new Chapter(end.from(), end.to(), end.title(), end.years(), true));
    }
    return chapters;
  }

  private static int lineOf(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith(key + ":")) {
          return i + 1;
        }
      }
    } catch (IOException e) {
      // The table was read a moment ago; the first line is still a place to look.
    }
    return 1;
  }
}
