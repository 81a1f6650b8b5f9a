package org.beihaiyatsushiro.site.jbake;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.beihaiyatsushiro.site.bake.SiteBake;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * The bake JBake is running: the check of the sources, started as soon as JBake has its settings,
 * every problem it found, and its notices (the articles it holds back until their day).
 *
 * <p>{@link BakeStart} opens a new session when JBake prepares a bake, and starts reading and
 * checking the sources there, on a thread of their own, while JBake starts its template engines and
 * its content store; {@link SiteRenderingTool} takes that check and writes the site from it. JBake
 * only records that a rendering tool failed; the live preview (and the tests) read the problems
 * themselves here, to show each with its file and line. A preview baking again and again never sees
 * the last bake's problems.
 */
public final class BakeSession {
  private static volatile BakeSession current = new BakeSession(null, null);

  private final Problems problems;
  private final JBakeConfiguration jbake;
  private final SiteBake.CheckStarted check;
  private volatile List<String> notices = List.of();

  private BakeSession(JBakeConfiguration jbake, SiteBake.CheckStarted check) {
    this.jbake = jbake;
    this.check = check;
    this.problems = check != null ? check.problems() : new Problems();
  }

  /** Starts a new bake, forgetting the last one, with no check started. */
  public static void begin() {
    current = new BakeSession(null, null);
  }

  /**
   * Starts a new bake for JBake's settings, forgetting the last one, and starts its check of the
   * sources on a thread of its own.
   */
  static void begin(JBakeConfiguration jbake) {
    Objects.requireNonNull(jbake, "jbake");
    current = new BakeSession(jbake, new SiteBake(settings(jbake)).startCheck(new Problems()));
  }

  public static BakeSession current() {
    return current;
  }

  public Problems problems() {
    return problems;
  }

  /** The lines the bake printed that are no problems: the articles held back until their day. */
  public List<String> notices() {
    return notices;
  }

  void notices(List<String> lines) {
    notices = List.copyOf(lines);
  }

  /** The check this session started for JBake's settings, if it started one for them. */
  Optional<SiteBake.CheckStarted> checkStartedFor(JBakeConfiguration jbake) {
    return this.jbake == jbake ? Optional.of(check) : Optional.empty();
  }

  /**
   * The check of the sources for JBake's settings: the one this session started, or, when it was
   * started for other settings (or none, because JBake was not asked for its template engines), a
   * new session whose check starts now.
   */
  static SiteBake.CheckStarted checkFor(JBakeConfiguration jbake) {
    return current
        .checkStartedFor(jbake)
        .orElseGet(
            () -> {
              begin(jbake);
              return current.check;
            });
  }

  /**
   * The site's settings, read once per bake from JBake's configuration; the check reports each
   * wrong one at its line.
   */
  private static SiteConfig.Reading settings(JBakeConfiguration jbake) {
    return SiteConfig.read(
        jbake::get,
        jbake.getSourceFolder().toPath(),
        jbake.getContentFolder().toPath(),
        jbake.getTemplateFolder().toPath(),
        jbake.getAssetFolder().toPath(),
        jbake.getDataFolder().toPath(),
        jbake.getDestinationFolder().toPath());
  }
}
