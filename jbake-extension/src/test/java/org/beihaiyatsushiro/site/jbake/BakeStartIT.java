package org.beihaiyatsushiro.site.jbake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.beihaiyatsushiro.site.check.ContentProblemsException;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.jbake.app.ContentStore;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check of the sources starts when JBake prepares a bake, and reads while JBake starts its
 * content store; a bake always checks its own sources.
 */
class BakeStartIT {
  @TempDir Path dir;

  @Test
  void theSourcesAreReadWhileJBakeStartsItsContentStoreAndTheSiteIsWrittenFromThatRead()
      throws Exception {
    FixtureSite site =
        FixtureSite.withRealTheme(dir.resolve("site"))
            .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022-09-29", "A port."));
    DefaultJBakeConfiguration config = configOf(site);
    List<Boolean> checkStartedAtStoreStart = new ArrayList<>();
    List<Boolean> checkDoneWithoutTheStore = new ArrayList<>();
    ContentStore store =
        new ContentStore(config.getDatabaseStore(), config.getDatabasePath()) {
          @Override
          public void startup() {
            // The check started before this store: it finishes while the store waits for it.
            BakeSession session = BakeSession.current();
            boolean started = session.hasCheckFor(config);
            long until = System.nanoTime() + 60_000_000_000L;
            while (started && !session.check().isDone() && System.nanoTime() < until) {
              sleep();
            }
            checkStartedAtStoreStart.add(started);
            checkDoneWithoutTheStore.add(started && session.check().isDone());
            super.startup();
          }
        };

    Oven oven = new Oven(OvenParts.withStore(config, store));
    BakeSession prepared = BakeSession.current();
    oven.bake();

    assertThat(checkStartedAtStoreStart)
        .as("the check had started before the store")
        .containsExactly(true);
    assertThat(checkDoneWithoutTheStore)
        .as("and ends without waiting for it")
        .containsExactly(true);
    assertThat(oven.getErrors()).isEmpty();
    // The site was written from the check started when JBake prepared the bake: no second read.
    assertThat(BakeSession.current()).isSameAs(prepared);
    assertThat(prepared.hasCheckFor(config)).isFalse();
    assertThat(site.root().resolve("output/en/beihai.html")).content().contains("A port.");
  }

  @Test
  void anOvenThatBakesAgainReadsItsSourcesAgain() throws IOException {
    FixtureSite site =
        FixtureSite.withRealTheme(dir.resolve("site"))
            .write("content/en/beihai.md", "---\ntitle: Beihai\n---\n\nNo date.\n");
    Oven oven = new Oven(configOf(site));
    assertThatThrownBy(oven::bake).isInstanceOf(ContentProblemsException.class);
    assertThat(BakeSession.current().problems().isEmpty()).isFalse();

    site.write("content/en/beihai.md", FixtureSite.article("Beihai", "2022-09-29", "Mended."));
    oven.bake();

    assertThat(BakeSession.current().problems().isEmpty()).isTrue();
    assertThat(site.root().resolve("output/en/beihai.html")).content().contains("Mended.");
  }

  @Test
  void aBakePreparedEarlierButRunLaterChecksItsOwnSources() {
    FixtureSite broken =
        FixtureSite.withRealTheme(dir.resolve("broken"))
            .write("content/en/beihai.md", "---\ntitle: Beihai\n---\n\nNo date.\n");
    FixtureSite valid =
        FixtureSite.withRealTheme(dir.resolve("valid"))
            .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022-09-29", "A port."));
    Oven brokenOven = new Oven(configOf(broken));
    Oven validOven = new Oven(configOf(valid));

    assertThatThrownBy(brokenOven::bake).isInstanceOf(ContentProblemsException.class);
    assertThat(BakeSession.current().problems().sorted())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.path()).isEqualTo("content/en/beihai.md"));

    validOven.bake();
    assertThat(validOven.getErrors()).isEmpty();
    assertThat(BakeSession.current().problems().isEmpty()).isTrue();
    assertThat(valid.root().resolve("output/en/beihai.html")).content().contains("A port.");
  }

  private static void sleep() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static DefaultJBakeConfiguration configOf(FixtureSite site) {
    return new JBakeConfigurationFactory()
        .createDefaultJbakeConfiguration(
            site.root().toFile(), site.root().resolve("output").toFile(), true);
  }
}
