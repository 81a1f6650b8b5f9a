package org.beihaiyatsushiro.checks.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.checks.NodeTests;
import org.junit.jupiter.api.Test;

/**
 * Runs the Node test of the query script (site-checks/src/test/node/search.test.js, Node's own test
 * runner) on the site as baked, so {@code ./mvnw verify} runs it. Node 18 or newer must be on the
 * PATH; without it this check fails and says so.
 */
class SearchScriptIT {
  private static final Path TEST =
      BakedSite.SOURCES.resolve("site-checks/src/test/node/search.test.js");

  @Test
  void theQueryScriptPassesItsNodeTestsOnTheRealIndex() throws IOException, InterruptedException {
    NodeTests.pass(
        "the search script's tests",
        BakedSite.SOURCES,
        Map.of(
            "BAKED_SITE", BakedSite.ROOT.toString(),
            "SITE_ROOT", BakedSite.SOURCES.toString()),
        TEST.toString());
  }
}
