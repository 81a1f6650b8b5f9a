package org.beihaiyatsushiro.site.check;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Phrase;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.base.SettingException;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.base.SourceDate;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.ContentFolder;
import org.beihaiyatsushiro.site.content.ContentReader;
import org.beihaiyatsushiro.site.content.LanguageLint;
import org.beihaiyatsushiro.site.content.PageType;
import org.beihaiyatsushiro.site.content.PublicationDates;
import org.beihaiyatsushiro.site.content.SiteChecks;
import org.beihaiyatsushiro.site.content.SourceTree;
import org.beihaiyatsushiro.site.i18n.ProblemText;
import org.beihaiyatsushiro.site.i18n.UiStrings;
import org.beihaiyatsushiro.site.images.PictureFolder;
import org.beihaiyatsushiro.site.images.PictureVariants;
import org.beihaiyatsushiro.site.pages.BuildDay;
import org.beihaiyatsushiro.site.share.TitleGlyphs;
import org.beihaiyatsushiro.site.timeline.TimelineChapters;
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
  private final SiteConfig config;
  private final List<Problem> settingProblems;
  private final Supplier<BuildDay> buildDay;
  private final List<Problem> termProblems = new ArrayList<>();

  /**
   * A check on the build's day as {@link BuildDay} finds it for the sources.
   *
   * @param settings the site's settings as read, with the problems found in them
   */
  public ContentCheck(SiteConfig.Reading settings) {
    this(
        settings,
        () ->
            BuildDay.of(
                settings.config().siteRoot(),
                settings.config().contentFolder(),
                System.getenv(),
                Clock.systemUTC()));
  }

  /**
   * @param settings the site's settings as read, with the problems found in them
   * @param buildDay the day the build counts as today, to hold back articles dated after it
   */
  public ContentCheck(SiteConfig.Reading settings, Supplier<BuildDay> buildDay) {
    this.config = Objects.requireNonNull(settings, "settings").config();
    this.settingProblems = settings.problems();
    this.reader = new ContentReader(config.siteRoot(), config.contentFolder(), lint());
    this.buildDay = Objects.requireNonNull(buildDay, "buildDay");
  }

  /**
   * The language check with the site's term list (data/lint/terms.yml); a problem of the list
   * itself is reported with the settings' problems.
   */
  private LanguageLint lint() {
    Problems found = new Problems();
    Path dataRoot = config.dataFolder().toAbsolutePath().normalize();
    Path siteRoot = config.siteRoot().toAbsolutePath().normalize();
    String display =
        dataRoot.startsWith(siteRoot)
            ? siteRoot.relativize(dataRoot).toString().replace('\\', '/')
            : dataRoot.toString();
    LanguageLint lint = LanguageLint.load(config.dataFolder(), display, found);
    found.sorted().forEach(termProblems::add);
    return lint;
  }

  /**
   * What a check found.
   *
   * @param articles the files without problems that this build publishes (or keeps as drafts): all
   *     but the articles held back
   * @param heldBack the published articles dated after the build's day, left out of this build
   * @param pictures the pictures of images/ without problems, which pages may show
   * @param text the messages of data/messages, which tell the problems and notices
   */
  public record Outcome(
      List<Article> articles,
      Optional<UiStrings> strings,
      int filesRead,
      List<PublicationDates.HeldBack> heldBack,
      PictureFolder.Pictures pictures,
      ProblemText text) {

    /** What to print for the articles held back: notices, not problems, in a problem's form. */
    public List<Problem> notices() {
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
    present.addAll(filesUnder(config.assetFolder(), problems));
    PictureFolder.Pictures pictures = readPictures(problems);
    String picturesFromContent = picturesFolderFromContent();
    // The pictures themselves: a sidecar is no file a page may show.
    pictures.present().stream()
        .filter(name -> !name.endsWith(".yml"))
        .forEach(name -> present.add(picturesFromContent + name));
    checkOtherSourceFiles(problems);
    SiteChecks.check(checkable, present::contains, timelineAnchors(checkable), problems);
    TimelineChecks.check(checkable, problems);
    TitleGlyphs.check(checkable, problems);
    List<PublicationDates.HeldBack> heldBack = checkDates(checkable, problems);
    Set<String> waiting = new HashSet<>();
    heldBack.forEach(h -> waiting.add(h.article().contentPath()));
    List<Article> articles =
        reading.articles().stream().filter(a -> !waiting.contains(a.contentPath())).toList();
    Path dataRoot = config.dataFolder();
    Optional<UiStrings> strings = UiStrings.load(dataRoot, reader.displayPath(dataRoot), problems);
    strings.ifPresent(
        s -> TimelineChapters.check(s, dataRoot, reader.displayPath(dataRoot), problems));
    settingProblems.forEach(problems::add);
    termProblems.forEach(problems::add);
    ProblemText text = ProblemText.load(config, problems);
    return new Outcome(articles, strings, listing.pages().size(), heldBack, pictures, text);
  }

  /**
   * The pictures of images/, each checked ({@link PictureFolder}); a photograph whose variants are
   * in the cache was read whole before and is not decoded again.
   */
  private PictureFolder.Pictures readPictures(Problems problems) {
    PictureVariants cache = new PictureVariants(picturesCache(config));
    return PictureFolder.read(
        config.siteRoot().resolve(PictureFolder.FOLDER),
        reader::displayPath,
        cache::cached,
        problems);
  }

  /** Where the variants of the pictures are kept between builds: target/image-cache. */
  public static Path picturesCache(SiteConfig config) {
    return config.siteRoot().resolve("target/image-cache");
  }

  /**
   * The folder images/ as a link from content/ sees it, with a trailing slash: ../images/. A
   * picture written in content/zh/x.md as ../../images/map.svg is ../images/map.svg from content/.
   */
  private String picturesFolderFromContent() {
    Path content = reader.contentRoot().toAbsolutePath().normalize();
    Path pictures = config.siteRoot().resolve(PictureFolder.FOLDER).toAbsolutePath().normalize();
    return content.relativize(pictures).toString().replace('\\', '/') + "/";
  }

  /** The dates against each other and the build's day: {@link PublicationDates}. */
  private List<PublicationDates.HeldBack> checkDates(List<Article> checkable, Problems problems) {
    BuildDay day;
    try {
      day = buildDay.get();
    } catch (SettingException e) {
      problems.add(new Problem(SourceDate.SOURCE_DATE_EPOCH, 1, e.phrase(), null));
      return List.of();
    }
    return PublicationDates.check(
        checkable, day.today(), day.source(), config.publishFuture(), problems);
  }

  /**
   * Every link and special file among the sources, which the site never reads ({@link SourceTree}):
   * in content/, assets/, templates/ and data/, and jbake.properties itself; and a missing content
   * or templates folder, which JBake would end the build on with its own words. This is the part of
   * the check that must pass before JBake copies a single file, so the preview runs it before each
   * bake; {@link #run} includes it.
   */
  public void checkSourceFiles(Problems problems) {
    if (ContentFolder.isPresent(reader, problems)) {
      SourceTree.regularFiles(reader.contentRoot(), reader::displayPath, problems);
    }
    SourceTree.regularFiles(config.assetFolder(), reader::displayPath, problems);
    checkOtherSourceFiles(problems);
  }

  /** The source folders besides content/ and assets/, which {@link #run} lists anyway. */
  private void checkOtherSourceFiles(Problems problems) {
    if (SourceTree.isRequiredFolderThere(
        config.templateFolder(),
        reader.displayPath(config.templateFolder()),
        Message.TEMPLATE_FOLDER_MISSING.with(),
        Message.HINT_RESTORE_TEMPLATE_FOLDER.with(),
        problems)) {
      SourceTree.regularFiles(config.templateFolder(), reader::displayPath, problems);
    }
    SourceTree.regularFiles(config.dataFolder(), reader::displayPath, problems);
    Path settingsFile = reader.siteRoot().resolve("jbake.properties");
    SourceTree.isRegularFile(reader.siteRoot(), settingsFile, reader::displayPath, problems);
  }

  /**
   * On a site that wants every language complete ({@code site.translations.strict}), each missing
   * or stale translation is a problem; otherwise the bake's {@link TranslationCheck} only warns of
   * it.
   *
   * @param status the translation status of every article read, made once per bake
   */
  public void translations(TranslationStatus status, Problems problems) {
    if (config.translationsStrict()) {
      status.warnings().forEach(problems::add);
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
      if (a.type() == PageType.EVENT && a.date() != null) {
        List<String> anchors = List.of(a.anchor(), TimelineYear.anchorOf(a.date().year()));
        all.addAll(anchors);
        if (a.isPublished()) {
          published.addAll(anchors);
        }
      }
    }
    return (page, includingDrafts) ->
        page.type() == PageType.TIMELINE ? (includingDrafts ? all : published) : Set.of();
  }

  /** The regular files under a folder, relative to it with forward slashes. */
  private List<String> filesUnder(Path folder, Problems problems) {
    return SourceTree.regularFiles(folder, reader::displayPath, problems).stream()
        .map(p -> folder.relativize(p).toString().replace('\\', '/'))
        .toList();
  }

  /**
   * The last line of a failed bake: how many problems stopped it, in the language of the run's
   * summary ({@link ProblemText#summaryLanguage}).
   */
  public static String buildFailure(ProblemText text, List<Problem> problems) {
    return text.text(
        Message.BUILD_FAILED.with(countOf(problems.size())), text.summaryLanguage(problems));
  }

  /** How many problems, in words: "1 content problem", "2 content problems". */
  public static Phrase countOf(int count) {
    return count == 1
        ? Message.CONTENT_PROBLEMS_ONE.with(count)
        : Message.CONTENT_PROBLEMS_MANY.with(count);
  }
}
