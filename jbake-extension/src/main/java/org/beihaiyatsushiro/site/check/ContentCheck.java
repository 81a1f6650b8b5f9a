package org.beihaiyatsushiro.site.check;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.ContentFolder;
import org.beihaiyatsushiro.site.content.ContentReader;
import org.beihaiyatsushiro.site.content.ContentSchema;
import org.beihaiyatsushiro.site.content.Problem;
import org.beihaiyatsushiro.site.content.Problems;
import org.beihaiyatsushiro.site.content.PublicationDates;
import org.beihaiyatsushiro.site.content.SiteChecks;
import org.beihaiyatsushiro.site.content.SourceTree;
import org.beihaiyatsushiro.site.i18n.UiStrings;
import org.beihaiyatsushiro.site.pages.BuildDay;
import org.beihaiyatsushiro.site.pages.SiteConfig;
import org.beihaiyatsushiro.site.timeline.TimelineChecks;
import org.beihaiyatsushiro.site.timeline.TimelineYear;
import org.beihaiyatsushiro.site.translations.TranslationCheck;
import org.beihaiyatsushiro.site.translations.TranslationStatus;

/**
 * Reads and checks all content of the site: every file of content/, the links between them, the
 * timeline's events across languages, the tables of UI strings and the site's settings. No link or
 * special file in content/, assets/, templates/ or data/ is ever read; each is a problem ({@link
 * SourceTree}).
 *
 * <p>It is the check half of the site's one bake ({@code bake.SiteBake#check}), which the build,
 * the preview and {@code ./check-content} all run, so they find the same problems.
 */
public final class ContentCheck {
  private final ContentReader reader;
  private final Path assetRoot;
  private final Path templateRoot;
  private final Path dataRoot;
  private final Function<String, Object> settings;
  private final Supplier<BuildDay> buildDay;

  /**
   * A check on the build's day as {@link BuildDay} finds it for the sources.
   *
   * @param reader the reader of the site's files (it knows the site root and content folder)
   * @param assetRoot assets/, whose files JBake copies to the site's root
   * @param templateRoot templates/, the Freemarker templates
   * @param dataRoot data/, with the UI strings in data/i18n
   * @param settings looks a key up in jbake.properties
   */
  public ContentCheck(
      ContentReader reader,
      Path assetRoot,
      Path templateRoot,
      Path dataRoot,
      Function<String, Object> settings) {
    this(
        reader,
        assetRoot,
        templateRoot,
        dataRoot,
        settings,
        () ->
            BuildDay.of(
                reader.siteRoot(), reader.contentRoot(), System.getenv(), Clock.systemUTC()));
  }

  /**
   * @param buildDay the day the build counts as today, to hold back articles dated after it
   */
  public ContentCheck(
      ContentReader reader,
      Path assetRoot,
      Path templateRoot,
      Path dataRoot,
      Function<String, Object> settings,
      Supplier<BuildDay> buildDay) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.assetRoot = Objects.requireNonNull(assetRoot, "assetRoot");
    this.templateRoot = Objects.requireNonNull(templateRoot, "templateRoot");
    this.dataRoot = Objects.requireNonNull(dataRoot, "dataRoot");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.buildDay = Objects.requireNonNull(buildDay, "buildDay");
  }

  /**
   * What a check found.
   *
   * @param articles the files without problems that this build publishes (or keeps as drafts): all
   *     but the articles held back
   * @param heldBack the published articles dated after the build's day, left out of this build
   */
  public record Outcome(
      List<Article> articles,
      Optional<UiStrings> strings,
      int filesRead,
      List<PublicationDates.HeldBack> heldBack) {

    /** The lines to print for the articles held back: notices, not problems. */
    public List<String> notices() {
      return heldBack.stream().map(PublicationDates.HeldBack::notice).toList();
    }
  }

  /**
   * Reads and checks everything. The Markdown files are read on all cores at once; the articles
   * keep the order of the files, and the problems are sorted before anyone sees them, so the
   * outcome is the same however the work was shared.
   */
  public Outcome run(Problems problems) {
    ContentFolder.Listing listing = ContentFolder.scan(reader, problems);
    ContentReader.Reading reading = reader.readForChecks(listing.pages(), problems);
    List<Article> checkable = reading.checkable();
    Set<String> present = new HashSet<>(listing.present());
    present.addAll(filesUnder(assetRoot, problems));
    checkOtherSourceFiles(problems);
    SiteChecks.check(checkable, present::contains, timelineAnchors(checkable), problems);
    TimelineChecks.check(checkable, problems);
    List<PublicationDates.HeldBack> heldBack = checkDates(checkable, problems);
    Set<String> waiting = new HashSet<>();
    heldBack.forEach(h -> waiting.add(h.article().contentPath()));
    List<Article> articles =
        reading.articles().stream().filter(a -> !waiting.contains(a.contentPath())).toList();
    Optional<UiStrings> strings = UiStrings.load(dataRoot, reader.displayPath(dataRoot), problems);
    checkSettings(problems);
    return new Outcome(articles, strings, listing.pages().size(), heldBack);
  }

  /** The dates against each other and the build's day: {@link PublicationDates}. */
  private List<PublicationDates.HeldBack> checkDates(List<Article> checkable, Problems problems) {
    BuildDay day;
    try {
      day = buildDay.get();
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(BuildDay.SOURCE_DATE_EPOCH, 1, e.getMessage(), ""));
      return List.of();
    }
    boolean publishFuture;
    try {
      publishFuture = SiteConfig.publishFuture(settings);
    } catch (IllegalArgumentException e) {
      publishFuture = false; // reported with its line by checkSettings
    }
    return PublicationDates.check(checkable, day.today(), day.source(), publishFuture, problems);
  }

  /**
   * Every link and special file among the sources, which the site never reads ({@link SourceTree}):
   * in content/, assets/, templates/ and data/, and jbake.properties itself. This is the part of
   * the check that must pass before JBake copies a single file, so the preview runs it before each
   * bake; {@link #run} includes it.
   */
  public void checkSourceFiles(Problems problems) {
    SourceTree.regularFiles(reader.contentRoot(), reader::displayPath, problems);
    SourceTree.regularFiles(assetRoot, reader::displayPath, problems);
    checkOtherSourceFiles(problems);
  }

  /** The source folders besides content/ and assets/, which {@link #run} lists anyway. */
  private void checkOtherSourceFiles(Problems problems) {
    SourceTree.regularFiles(templateRoot, reader::displayPath, problems);
    SourceTree.regularFiles(dataRoot, reader::displayPath, problems);
    Path settingsFile = reader.siteRoot().resolve("jbake.properties");
    SourceTree.isRegularFile(reader.siteRoot(), settingsFile, reader::displayPath, problems);
  }

  /** The site's base URL and as-of date, each a problem at its line of jbake.properties. */
  private void checkSettings(Problems problems) {
    List<Map.Entry<String, Runnable>> checks =
        List.of(
            Map.entry(SiteConfig.BASE_URL, () -> SiteConfig.baseUrl(settings)),
            Map.entry(SiteConfig.AS_OF, () -> SiteConfig.asOf(settings)),
            Map.entry(SiteConfig.PUBLISH_FUTURE, () -> SiteConfig.publishFuture(settings)));
    for (Map.Entry<String, Runnable> check : checks) {
      try {
        check.getValue().run();
      } catch (IllegalArgumentException e) {
        problems.add(SiteConfig.settingProblem(reader.siteRoot(), check.getKey(), e.getMessage()));
      }
    }
  }

  /**
   * On a site that wants every language complete ({@link TranslationCheck#STRICT}), each missing or
   * stale translation is a problem, as the bake's {@link TranslationCheck} makes it.
   */
  public void translations(List<Article> articles, Problems problems) {
    if (TranslationCheck.strict(settings, reader.siteRoot(), problems)) {
      TranslationStatus.of(articles).warnings().forEach(problems::add);
    }
  }

  /**
   * The anchors of the timeline pages: every timeline shows the events of all languages, each under
   * its anchor and its year's.
   */
  private static SiteChecks.PageAnchors timelineAnchors(List<Article> articles) {
    Set<String> published = new HashSet<>();
    Set<String> all = new HashSet<>();
    for (Article a : articles) {
      if (ContentSchema.EVENT.equals(a.type()) && a.date() != null) {
        List<String> anchors = List.of(a.anchor(), TimelineYear.anchorOf(a.date().year()));
        all.addAll(anchors);
        if (a.isPublished()) {
          published.addAll(anchors);
        }
      }
    }
    return (page, includingDrafts) ->
        ContentSchema.TIMELINE.equals(page.type()) ? (includingDrafts ? all : published) : Set.of();
  }

  /** The regular files under a folder, relative to it with forward slashes. */
  private List<String> filesUnder(Path folder, Problems problems) {
    return SourceTree.regularFiles(folder, reader::displayPath, problems).stream()
        .map(p -> folder.relativize(p).toString().replace('\\', '/'))
        .toList();
  }

  /** The last line of a failed bake: how many problems stopped it. */
  public static String buildFailure(int count) {
    return "The build failed because of "
        + countOf(count)
        + ", listed above as file:line: what is wrong (how to fix it). Nothing was published.";
  }

  /** How many problems, in words: "1 content problem", "2 content problems". */
  public static String countOf(int count) {
    return count + (count == 1 ? " content problem" : " content problems");
  }
}
