package org.beihaiyatsushiro.checks.quality;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The small sites beside the tests (site-checks/src/test/resources): good/ passes every check, and
 * each folder under broken/ breaks one, so every check is shown to catch what it is for.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The fixture site that passes every check. */
  public static Path good() {
    return folder("good");
  }

  /** A fixture that breaks one check, like "missing-alt". */
  public static Path broken(String name) {
    return folder("broken/" + name);
  }

  private static Path folder(String name) {
    URL url = Fixtures.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name + " in src/test/resources");
    }
    try {
      return Path.of(url.toURI()).toAbsolutePath().normalize();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
