package org.beihaiyatsushiro.site.preview;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Phrase;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.images.PictureFolder;

/**
 * The live preview as a whole: the {@link PreviewServer} and a {@link SourceWatcher} that bakes the
 * site again after every save, printing each bake's time and problems to the console.
 */
public final class LivePreview implements Closeable {
  /**
   * The folders whose changes rebake the preview (jbake.properties is watched too): the source
   * folders as jbake.properties names them ({@code content.folder}, {@code template.folder}, {@code
   * asset.folder}, {@code data.folder}), read when the preview starts, and the pictures' folder
   * images/.
   */
  public static List<Path> watchedFolders(SiteConfig config) {
    return List.of(
        config.contentFolder(),
        config.siteRoot().resolve(PictureFolder.FOLDER),
        config.templateFolder(),
        config.assetFolder(),
        config.dataFolder());
  }

  private final PreviewServer server;
  private final SourceWatcher watcher;
  private final Thread loop;
  private final PrintStream console;

  private LivePreview(PreviewServer server, SourceWatcher watcher, PrintStream console) {
    this.server = server;
    this.watcher = watcher;
    this.console = console;
    this.loop = new Thread(this::rebakeOnSave, "preview-watch");
    this.loop.setDaemon(true);
  }

  /**
   * Bakes the site, starts serving it on 127.0.0.1 and starts watching its sources.
   *
   * @param siteRoot the folder of jbake.properties
   * @param output the preview folder, never the published site's
   * @param port the port, or 0 for any free one
   * @param console where each bake's time and problems are printed
   */
  public static LivePreview start(Path siteRoot, Path output, int port, PrintStream console)
      throws IOException {
    return start(siteRoot, output, port, null, console);
  }

  /**
   * Bakes the site for the address it is served at, serves it, and bakes again on every save.
   *
   * @param baseUrl the preview's own address, which every bake is made for instead of the base URL
   *     of jbake.properties; null to keep jbake.properties'
   */
  public static LivePreview start(
      Path siteRoot, Path output, int port, String baseUrl, PrintStream console)
      throws IOException {
    Objects.requireNonNull(console, "console");
    Path root = siteRoot.toAbsolutePath().normalize();
    SiteConfig config = SiteConfig.read(root, output).config();
    SourceWatcher watcher = new SourceWatcher(root, watchedFolders(config));
    PreviewServer server;
    try {
      server = PreviewServer.start(new PreviewBaker(root, output, baseUrl), port);
    } catch (IOException | RuntimeException e) {
      watcher.close();
      throw e;
    }
    LivePreview preview = new LivePreview(server, watcher, console);
    print(server.last(), console);
    preview.loop.start();
    return preview;
  }

  public PreviewServer server() {
    return server;
  }

  /** Blocks until the preview is closed. */
  public void awaitClose() throws InterruptedException {
    loop.join();
  }

  /**
   * Bakes after every save until the preview is closed. Nothing a bake or the watcher throws ends
   * this loop: it is printed, and the preview goes on watching.
   */
  private void rebakeOnSave() {
    while (true) {
      try {
        List<String> changed = watcher.awaitChange();
        if (changed.isEmpty()) {
          return;
        }
        console.println("Saved: " + String.join(", ", changed));
        print(server.rebake(), console);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Throwable e) {
        console.println(
            "The preview stumbled ("
                + PreviewBaker.messageOf(e)
                + "); it goes on watching: save again to bake.");
        console.flush();
        try {
          Thread.sleep(SourceWatcher.QUIET_MILLIS);
        } catch (InterruptedException stop) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Prints what a bake gave: each problem as path:line: message (hint), then the time. */
  static void print(PreviewBake bake, PrintStream out) {
    bake.problemLines().forEach(out::println);
    for (String failure : bake.failures()) {
      out.println("The bake failed: " + failure);
    }
    long ms = bake.took().toMillis();
    Language summary = bake.text().summaryLanguage(bake.problems());
    if (bake.failed()) {
      int count = bake.problems().size() + bake.failures().size();
      Phrase problems =
          count == 1 ? Message.PROBLEMS_ONE.with(count) : Message.PROBLEMS_MANY.with(count);
      out.println(bake.text().text(Message.PREVIEW_FAILED.with(problems, ms), summary));
    } else {
      out.println(bake.text().text(Message.PREVIEW_BAKED.with(ms), summary));
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    watcher.close();
    server.close();
    loop.interrupt();
  }
}
