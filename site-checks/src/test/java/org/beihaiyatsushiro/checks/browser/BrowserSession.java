package org.beihaiyatsushiro.checks.browser;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * A JUnit extension that hands tests the one Chromium of the test run (started on first use, closed
 * when the run ends). Without Chromium, the tests are skipped with a loud message; in CI
 * (environment CI=true) a missing browser fails them instead, so a green CI run has really checked
 * the site in a browser.
 */
public final class BrowserSession implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrowserSession.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Chromium.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Optional<String> missing = Chromium.missing();
    if (missing.isPresent()) {
      String message =
          "BROWSER CHECKS NOT RUN: "
              + missing.get()
              + ". The checks in a real browser (axe-core accessibility, console errors, "
              + "requests leaving the site, keyboard use, screenshots) need Debian's Chromium.";
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(message + " CI=true, so this is a failure.");
      }
      System.out.println();
      System.out.println("!!!!!!!! " + message);
      System.out.println();
      throw new TestAbortedException(message);
    }
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Chromium.class, k -> Chromium.start(), Chromium.class);
    // JUnit closes what its root store holds (Chromium is AutoCloseable) at the end of the run.
  }
}
