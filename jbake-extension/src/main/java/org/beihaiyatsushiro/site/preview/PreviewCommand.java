package org.beihaiyatsushiro.site.preview;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code ./preview}: serves the site at http://127.0.0.1:8820/ and bakes it again whenever a file
 * of content/, templates/, assets/ or data/ (or jbake.properties) is saved; the open page reloads
 * by itself. Problems are printed here and shown in the browser, and the preview keeps running.
 *
 * <p>Usage: {@code ./preview [--port N] [site folder]}. The preview is baked into
 * target/preview/site, never into the published target/site.
 */
public final class PreviewCommand {
  /** The port of the documented address http://127.0.0.1:8820/. */
  public static final int DEFAULT_PORT = 8820;

  /** The preview's folder, below the site's root. */
  public static final String OUTPUT = "target/preview/site";

  private static final String USAGE =
      "usage: ./preview [--port N] [site folder]   (serves http://127.0.0.1:8820/ by default)";

  /** Keeps the configured JUL root logger (JUL holds loggers weakly). */
  private static final Logger JUL_ROOT = Logger.getLogger("");

  private PreviewCommand() {}

  public static void main(String[] args) throws Exception {
    quietLibraries();
    int port = DEFAULT_PORT;
    Path siteRoot = Path.of("");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--port") && i + 1 < args.length) {
        try {
          port = Integer.parseInt(args[++i]);
        } catch (NumberFormatException e) {
          exit("--port needs a number, not '" + args[i] + "'");
        }
      } else if (args[i].equals("--help") || args[i].equals("-h")) {
        System.out.println(USAGE);
        return;
      } else if (args[i].startsWith("-")) {
        exit("unknown option " + args[i] + "\n" + USAGE);
      } else {
        siteRoot = Path.of(args[i]);
      }
    }
    siteRoot = siteRoot.toAbsolutePath().normalize();
    // Bake for the preview's own address, so what refers to the site by absolute URL or path (the
    // 404 page, canonical links, feeds) points into the preview, not to the published site; a
    // -Dsite.baseUrl given on the command line still wins, as in every build.
    String baseUrl = "http://127.0.0.1:" + port + "/";
    System.out.println("Baking " + siteRoot + " for the preview …");
    LivePreview preview;
    try {
      preview = LivePreview.start(siteRoot, siteRoot.resolve(OUTPUT), port, baseUrl, System.out);
    } catch (BindException e) {
      exit(
          "port "
              + port
              + " is in use: is a preview already running? Stop it, or choose another port with"
              + " --port");
      return;
    } catch (IllegalArgumentException e) {
      exit(e.getMessage());
      return;
    } catch (IOException e) {
      exit("the preview cannot start: " + e.getMessage());
      return;
    }
    System.out.println("Preview: " + preview.server().url() + "   (only this computer can see it)");
    System.out.println(
        "Save a file and the page in the browser reloads. Ctrl+C stops the preview.");
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    preview.close();
                  } catch (IOException e) {
                    // Stopping anyway.
                  }
                },
                "preview-stop"));
    preview.awaitClose();
  }

  /**
   * Keeps JBake's and OrientDB's log lines out of the console, which shows what an editor needs:
   * each bake's time and problems. Runs before anything asks for a logger.
   */
  private static void quietLibraries() {
    System.setProperty(
        "logback.configurationFile", "org/beihaiyatsushiro/site/preview/logback-preview.xml");
    JUL_ROOT.setLevel(Level.SEVERE);
    for (Handler handler : JUL_ROOT.getHandlers()) {
      handler.setLevel(Level.SEVERE);
    }
  }

  private static void exit(String message) {
    System.err.println("preview: " + message);
    System.exit(2);
  }
}
