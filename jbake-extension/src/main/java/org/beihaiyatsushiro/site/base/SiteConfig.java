package org.beihaiyatsushiro.site.base;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The site's settings, read once from jbake.properties ({@code site.*} and the folders) or the
 * command line, and handed to every part that needs them: the check, the bake, the translation
 * status, the archive.
 *
 * <p>JBake lets jbake.properties win over Maven's -D properties; for the settings a publisher
 * changes per build (the base URL), a Java system property of the same name wins here instead, so
 * {@code ./mvnw package -Dsite.baseUrl=https://owner.github.io/repo/} works without editing a file.
 * Every key of jbake.properties is either one of these settings, one of JBake's the site needs, or
 * refused ({@link #refusedSettings}).
 *
 * @param baseUrl the absolute URL of the site's root, ending in '/' ({@code site.baseUrl})
 * @param asOf the date anniversaries are counted to, never the build's clock ({@code site.asOf})
 * @param publishFuture whether articles dated after the build's day are published at once instead
 *     of being held back until their day ({@code site.publishFuture})
 * @param translationsStrict whether a missing or stale translation fails the build instead of being
 *     warned of ({@code site.translations.strict})
 * @param editUrl the address a page's source path (content/en/beihai.md) is appended to for its
 *     "edit this page" link, ending in '/'; empty when the site shows no such link ({@code
 *     site.editUrl}, off by default)
 * @param messages the one language of every problem's message ({@code site.messages}), or empty
 *     (the default) for each problem in the language of its file's folder: content/zh/ in Chinese,
 *     content/ja/ in Japanese, everything else in English
 * @param siteRoot the folder of jbake.properties
 * @param contentFolder content/
 * @param templateFolder templates/
 * @param assetFolder assets/
 * @param dataFolder data/
 * @param output where the site is written
 */
public record SiteConfig(
    String baseUrl,
    PartialDate asOf,
    boolean publishFuture,
    boolean translationsStrict,
    String editUrl,
    Optional<Language> messages,
    Path siteRoot,
    Path contentFolder,
    Path templateFolder,
    Path assetFolder,
    Path dataFolder,
    Path output) {

  public static final String BASE_URL = "site.baseUrl";
  public static final String AS_OF = "site.asOf";

  /** Whether articles dated after the build's day are published at once (true) or held back. */
  public static final String PUBLISH_FUTURE = "site.publishFuture";

  /** Whether missing and stale translations fail the build (true) or are warned of (false). */
  public static final String TRANSLATIONS_STRICT = "site.translations.strict";

  /**
   * The address of the site's sources for editing, such as {@code
   * https://github.com/owner/repo/edit/main/}: each page links to this address followed by its
   * source file's path. Empty (the default): no page has the link.
   */
  public static final String EDIT_URL = "site.editUrl";

  /**
   * The one language of every message about the sources ({@code site.messages=zh}, ja or en); not
   * set (the default), each problem is told in the language of its file's folder.
   */
  public static final String MESSAGES = "site.messages";

  private static final String DEFAULT_BASE_URL = "https://example.invalid/";
  private static final String DEFAULT_AS_OF = "2022-09-29";

  public SiteConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (!baseUrl.endsWith("/")) {
      baseUrl = baseUrl + "/";
    }
    checkBaseUrl(baseUrl);
    Objects.requireNonNull(editUrl, "editUrl");
    Objects.requireNonNull(messages, "messages");
  }

  /**
   * The one language of every message ({@code site.messages}), or empty for each problem in the
   * language of its file's folder.
   *
   * @param fromFile looks a key up in jbake.properties (null when absent)
   * @throws SettingException when it is set to anything but zh, ja or en
   */
  public static Optional<Language> messages(Function<String, Object> fromFile) {
    String code = setting(MESSAGES, fromFile, "");
    if (code.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Language.ofFolder(code)
            .orElseThrow(
                () -> new SettingException(Message.SETTING_MESSAGES_UNKNOWN.with(MESSAGES, code))));
  }

  /**
   * The base URL as this build sets it: the system property {@code site.baseUrl} (Maven's {@code
   * -Dsite.baseUrl=…}) wins over jbake.properties; always ending in '/'.
   *
   * @param fromFile looks a key up in jbake.properties (null when absent)
   * @throws SettingException when the base URL is not an absolute http(s) URL
   */
  public static String baseUrl(Function<String, Object> fromFile) {
    String url = setting(BASE_URL, fromFile, DEFAULT_BASE_URL);
    url = url.endsWith("/") ? url : url + "/";
    checkBaseUrl(url);
    return url;
  }

  private static void checkBaseUrl(String url) {
    if (!isWebAddress(url, "https") && !isWebAddress(url, "http")) {
      throw new SettingException(Message.SETTING_BASE_URL_NOT_ABSOLUTE.with(BASE_URL, url));
    }
  }

  /** Whether a text is an absolute address of the scheme with a host, no query and no fragment. */
  private static boolean isWebAddress(String url, String scheme) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return false;
    }
    return scheme.equals(uri.getScheme())
        && uri.getHost() != null
        && uri.getRawQuery() == null
        && uri.getRawFragment() == null;
  }

  /**
   * The date anniversaries are counted to ({@code site.asOf}), never the build's clock.
   *
   * @param fromFile looks a key up in jbake.properties (null when absent)
   * @throws SettingException when it is no date
   */
  public static PartialDate asOf(Function<String, Object> fromFile) {
    String text = setting(AS_OF, fromFile, DEFAULT_AS_OF);
    Phrase[] why = new Phrase[1];
    return PartialDate.parse(text, why)
        .orElseThrow(
            () -> new SettingException(Message.SETTING_AS_OF_NOT_A_DATE.with(AS_OF, text, why[0])));
  }

  /**
   * Whether articles dated after the build's day (pages.BuildDay) are published at once ({@code
   * site.publishFuture=true}) instead of being held back until their day (the default).
   *
   * @param fromFile looks a key up in jbake.properties (null when absent)
   * @throws SettingException when it is neither true nor false
   */
  public static boolean publishFuture(Function<String, Object> fromFile) {
    String text = setting(PUBLISH_FUTURE, fromFile, "false");
    if (!text.equals("true") && !text.equals("false")) {
      throw new SettingException(
          Message.SETTING_PUBLISH_FUTURE_NOT_BOOLEAN.with(PUBLISH_FUTURE, text));
    }
    return text.equals("true");
  }

  /**
   * Whether missing and stale translations fail the build ({@code site.translations.strict=true})
   * instead of being warned of (the default).
   *
   * @param fromFile looks a key up in jbake.properties (null when absent)
   * @throws SettingException when it is neither true nor false
   */
  public static boolean translationsStrict(Function<String, Object> fromFile) {
    String value = setting(TRANSLATIONS_STRICT, fromFile, "false");
    if (!value.equals("true") && !value.equals("false")) {
      throw new SettingException(Message.SETTING_NOT_BOOLEAN.with(TRANSLATIONS_STRICT, value));
    }
    return value.equals("true");
  }

  /**
   * The address a page's source path is appended to for its "edit this page" link ({@code
   * site.editUrl}), or "" when the site shows no such link (the default).
   *
   * @param fromFile looks a key up in jbake.properties (null when absent)
   * @throws SettingException when it is not an absolute https address ending in '/'
   */
  public static String editUrl(Function<String, Object> fromFile) {
    String url = setting(EDIT_URL, fromFile, "");
    if (url.isEmpty()) {
      return "";
    }
    if (!isWebAddress(url, "https") || !url.endsWith("/")) {
      throw new SettingException(Message.SETTING_EDIT_URL_NOT_HTTPS_FOLDER.with(EDIT_URL, url));
    }
    return url;
  }

  /** The "edit this page" address of a source file (content/en/beihai.md), if the site has one. */
  public Optional<String> editUrlOf(String sourcePath) {
    return editUrl.isEmpty() ? Optional.empty() : Optional.of(editUrl + sourcePath);
  }

  /**
   * A problem with one of the site's settings, at the setting's line of jbake.properties (line 1
   * when the file does not have it), or naming the command line when a -D property set it.
   */
  public static Problem settingProblem(Path siteRoot, String key, Phrase message) {
    if (System.getProperty(key) != null) {
      return new Problem(
          "jbake.properties", 1, message, Message.HINT_GIVEN_ON_THE_COMMAND_LINE.with(key));
    }
    return new Problem("jbake.properties", lineOf(siteRoot, key), message, null);
  }

  /** The line of jbake.properties that sets a key (the last one, as it wins), or 1. */
  private static int lineOf(Path siteRoot, String key) {
    int line = 1;
    Path file = siteRoot.resolve("jbake.properties");
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      try {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).strip().matches(Pattern.quote(key) + "\\s*[=:].*")) {
            line = i + 1;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return line;
  }

  /**
   * Every key of jbake.properties that would not do what it says, each a problem at its line: a key
   * neither the site nor JBake reads here (a typo, or a JBake setting the site's own engine does
   * not use, such as {@code template.<type>.file}), or one of JBake's settings set to a value the
   * site does not work with. The accepted keys are {@link #ACCEPTED_KEYS}.
   */
  public static List<Problem> refusedSettings(Path siteRoot) {
    Properties file = readProperties(siteRoot);
    List<Problem> problems = new ArrayList<>();
    for (String key : new TreeSet<>(file.stringPropertyNames())) {
      String value = file.getProperty(key).strip();
      AcceptedKey accepted = ACCEPTED_KEYS.get(key);
      Phrase message;
      Phrase hint;
      if (accepted != null) {
        if (accepted.value() == null || accepted.value().equals(value)) {
          continue;
        }
        message = Message.SETTING_ONLY_ONE_VALUE.with(key, value, accepted.value());
        hint = accepted.why();
      } else if (key.matches("template\\.[^.]+\\.file")) {
        message = Message.SETTING_TEMPLATE_FILE_DOES_NOTHING.with(key);
        hint = Message.HINT_TEMPLATE_BY_TYPE.with();
      } else {
        message = Message.SETTING_UNKNOWN.with(key);
        hint =
            Message.HINT_SETTINGS_ARE.with(
                String.join(", ", ACCEPTED_KEYS.keySet().stream().sorted().toList()));
      }
      problems.add(new Problem("jbake.properties", lineOf(siteRoot, key), message, hint));
    }
    return problems;
  }

  /**
   * A key jbake.properties may hold.
   *
   * @param value the only value the site works with, or null for any (checked where it is read)
   * @param why why it must be that value
   */
  private record AcceptedKey(String value, Phrase why) {
    static AcceptedKey any() {
      return new AcceptedKey(null, null);
    }
  }

  /**
   * The keys jbake.properties may hold: the site's own ({@code site.*}) and the JBake settings the
   * site needs, some with the one value it works with.
   */
  private static final Map<String, AcceptedKey> ACCEPTED_KEYS = acceptedKeys();

  private static Map<String, AcceptedKey> acceptedKeys() {
    Map<String, AcceptedKey> keys = new LinkedHashMap<>();
    for (String key :
        List.of(BASE_URL, AS_OF, PUBLISH_FUTURE, TRANSLATIONS_STRICT, EDIT_URL, MESSAGES)) {
      keys.put(key, AcceptedKey.any());
    }
    for (String folder : List.of("content", "template", "asset", "data")) {
      keys.put(folder + ".folder", AcceptedKey.any());
    }
    for (String encoding : List.of("render.encoding", "template.encoding")) {
      keys.put(encoding, new AcceptedKey("UTF-8", Message.HINT_UTF8_ONLY.with()));
    }
    for (String field : List.of("default.status", "default.type")) {
      keys.put(field, new AcceptedKey("", Message.HINT_NO_DEFAULTS.with()));
    }
    for (String renderer :
        List.of("index", "feed", "archive", "tags", "tagsindex", "sitemap", "error404")) {
      keys.put("render." + renderer, new AcceptedKey("false", Message.HINT_RENDERS_ITSELF.with()));
    }
    keys.put("db.store", new AcceptedKey("memory", Message.HINT_STORE_IN_MEMORY.with()));
    return Map.copyOf(keys);
  }

  /**
   * The settings as read, and a problem at its line of jbake.properties for each key that is
   * refused or each setting that is wrong (which then has its default, so the rest of the build can
   * still be checked).
   */
  public record Reading(SiteConfig config, List<Problem> problems) {
    public Reading {
      Objects.requireNonNull(config, "config");
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads the settings of the site in {@code siteRoot} from its jbake.properties (and -D), with the
   * folders it names.
   *
   * @param output where the site is written
   */
  public static Reading read(Path siteRoot, Path output) {
    Properties file = readProperties(siteRoot);
    return read(
        file::getProperty,
        siteRoot,
        folder(file, siteRoot, "content.folder"),
        folder(file, siteRoot, "template.folder"),
        folder(file, siteRoot, "asset.folder"),
        folder(file, siteRoot, "data.folder"),
        output);
  }

  private static Path folder(Properties file, Path siteRoot, String key) {
    return siteRoot.resolve(file.getProperty(key, DEFAULT_FOLDERS.get(key)));
  }

  /**
   * Reads the settings, each wrong one a problem at its line of {@code siteRoot}'s
   * jbake.properties.
   *
   * @param fromFile looks a key up in jbake.properties (null when absent), such as JBake's
   *     configuration
   */
  public static Reading read(
      Function<String, Object> fromFile,
      Path siteRoot,
      Path contentFolder,
      Path templateFolder,
      Path assetFolder,
      Path dataFolder,
      Path output) {
    List<Problem> problems = new ArrayList<>(refusedSettings(siteRoot));
    contentFolder = insideSite(fromFile, siteRoot, "content.folder", contentFolder, problems);
    templateFolder = insideSite(fromFile, siteRoot, "template.folder", templateFolder, problems);
    assetFolder = insideSite(fromFile, siteRoot, "asset.folder", assetFolder, problems);
    dataFolder = insideSite(fromFile, siteRoot, "data.folder", dataFolder, problems);
    String baseUrl =
        orDefault(siteRoot, BASE_URL, () -> baseUrl(fromFile), DEFAULT_BASE_URL, problems);
    PartialDate asOf =
        orDefault(
            siteRoot,
            AS_OF,
            () -> asOf(fromFile),
            PartialDate.parse(DEFAULT_AS_OF, new Phrase[1]).orElseThrow(),
            problems);
    boolean publishFuture =
        orDefault(siteRoot, PUBLISH_FUTURE, () -> publishFuture(fromFile), false, problems);
    boolean translationsStrict =
        orDefault(
            siteRoot, TRANSLATIONS_STRICT, () -> translationsStrict(fromFile), false, problems);
    String editUrl = orDefault(siteRoot, EDIT_URL, () -> editUrl(fromFile), "", problems);
    Optional<Language> messages =
        orDefault(siteRoot, MESSAGES, () -> messages(fromFile), Optional.empty(), problems);
    return new Reading(
        new SiteConfig(
            baseUrl,
            asOf,
            publishFuture,
            translationsStrict,
            editUrl,
            messages,
            siteRoot,
            contentFolder,
            templateFolder,
            assetFolder,
            dataFolder,
            output),
        problems);
  }

  /**
   * A source folder as given, when it is a folder below the site's root; otherwise a problem at its
   * line and the default folder, so that the check never lists (and the bake never reads) a folder
   * outside the repository, such as {@code content.folder=/etc} or {@code asset.folder=../..}.
   */
  private static Path insideSite(
      Function<String, Object> fromFile,
      Path siteRoot,
      String key,
      Path folder,
      List<Problem> problems) {
    Object written = fromFile.apply(key);
    if (written == null) {
      return folder; // not a setting: the folder was given by the caller itself
    }
    Path root = siteRoot.toAbsolutePath().normalize();
    Path named = root.resolve(written.toString().strip()).normalize();
    if (named.startsWith(root) && !named.equals(root)) {
      return folder;
    }
    String fallback = DEFAULT_FOLDERS.get(key);
    problems.add(
        new Problem(
            "jbake.properties",
            lineOf(siteRoot, key),
            Message.SETTING_FOLDER_OUTSIDE_SITE.with(key, written.toString()),
            Message.HINT_FOLDER_INSIDE_SITE.with(key + "=" + fallback)));
    return siteRoot.resolve(fallback);
  }

  /** The source folders' keys and their default folders, relative to jbake.properties. */
  private static final Map<String, String> DEFAULT_FOLDERS =
      Map.of(
          "content.folder", "content",
          "template.folder", "templates",
          "asset.folder", "assets",
          "data.folder", "data");

  /** A setting's value, or its default and a problem at its line when it is wrong. */
  private static <T> T orDefault(
      Path siteRoot, String key, Supplier<T> value, T fallback, List<Problem> problems) {
    try {
      return value.get();
    } catch (SettingException e) {
      problems.add(settingProblem(siteRoot, key, e.phrase()));
      return fallback;
    }
  }

  /**
   * The settings file of the site in {@code siteRoot}, jbake.properties, as JBake reads it (UTF-8);
   * empty when the folder has none.
   *
   * @throws UncheckedIOException naming the file when it cannot be read
   */
  public static Properties readProperties(Path siteRoot) {
    Path file = siteRoot.resolve("jbake.properties");
    Properties properties = new Properties();
    // A link in its place is never read: the content check reports it (see content.SourceTree).
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return properties;
  }

  /**
   * One site setting: a Java system property of that name (-D on the command line) wins over
   * jbake.properties, which wins over the fallback.
   *
   * @param fromFile looks a key up in jbake.properties (null when absent)
   */
  public static String setting(String key, Function<String, Object> fromFile, String fallback) {
    String fromCommandLine = System.getProperty(key);
    if (fromCommandLine != null && !fromCommandLine.isBlank()) {
      return fromCommandLine.strip();
    }
    Object value = fromFile.apply(key);
    return value == null || value.toString().isBlank() ? fallback : value.toString().strip();
  }

  /**
   * These settings with another choice of the messages' language: an editor's command asked for one
   * ({@code ./check-content --messages=ja}), over jbake.properties.
   */
  public SiteConfig withMessages(Language language) {
    return new SiteConfig(
        baseUrl,
        asOf,
        publishFuture,
        translationsStrict,
        editUrl,
        Optional.of(language),
        siteRoot,
        contentFolder,
        templateFolder,
        assetFolder,
        dataFolder,
        output);
  }

  /** The absolute URL of a page given by its path from the site root. */
  public String urlOf(String sitePath) {
    return baseUrl + sitePath;
  }

  /**
   * The path of the base URL ({@code /repo/} for https://owner.github.io/repo/, {@code /} for a
   * site at the root of its host): the 404 page, served for missing paths at any depth, refers to
   * the site's files by this absolute path.
   */
  public String basePath() {
    String path = URI.create(baseUrl).getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }
}
