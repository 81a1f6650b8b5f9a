package org.beihaiyatsushiro.site.jbake;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * its content store; {@link SiteRenderingTool} takes that check, once, and writes the site from it.
 * JBake only records that a rendering tool failed; the live preview (and the tests) read the
 * problems themselves here, to show each with its file and line. A preview baking again and again
 * never sees the last bake's problems.
 */
public final class BakeSession {
  private static volatile BakeSession current = new BakeSession(null, null);

  private final JBakeConfiguration jbake;
  private final SiteBake.CheckStarted check;
  private final AtomicBoolean taken = new AtomicBoolean();
  private final Problems none = new Problems();
  private volatile List<String> notices = List.of();

  private BakeSession(JBakeConfiguration jbake, SiteBake.CheckStarted check) {
    this.jbake = jbake;
    this.check = check;
  }

  /** Starts a new bake, forgetting the last one, with no check started. */
  public static void begin() {
    current = new BakeSession(null, null);
  }

  /**
   * Starts a new bake for JBake's settings, forgetting the last one, and starts its check of the
   * sources on a thread of its own. A check started before and never taken (JBake failed before it
   * rendered) runs to its end on its own thread; its problems are shown nowhere.
   */
  static void begin(JBakeConfiguration jbake) {
    Objects.requireNonNull(jbake, "jbake");
    current = new BakeSession(jbake, new SiteBake(settings(jbake)).startCheck(new Problems()));
  }

  public static BakeSession current() {
    return current;
  }

  /**
   * The problems of the bake: those its check found once the site's rendering took it; none before
   * (a bake that JBake stopped before rendering has no content problems to show).
   */
  public Problems problems() {
    return taken.get() ? check.problems() : none;
  }

  /** The lines the bake printed that are no problems: the articles held back until their day. */
  public List<String> notices() {
    return notices;
  }

  void notices(List<String> lines) {
    notices = List.copyOf(lines);
  }

  /** Whether this session's check was started for JBake's settings and is not taken yet. */
  boolean hasCheckFor(JBakeConfiguration jbake) {
    return check != null && this.jbake == jbake && !taken.get();
  }

  /** The check this session started. */
  SiteBake.CheckStarted check() {
    return check;
  }

  /**
   * The session the site is rendered in, for JBake's settings: the current one, whose check is
   * taken now, if it was started for these settings and not taken before; else a new session whose
   * check starts now (a configuration baked twice reads its sources anew).
   */
  static BakeSession takeFor(JBakeConfiguration jbake) {
    BakeSession session = current;
    if (!session.hasCheckFor(jbake) || !session.taken.compareAndSet(false, true)) {
      begin(jbake);
      session = current;
      session.taken.set(true);
    }
    return session;
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
