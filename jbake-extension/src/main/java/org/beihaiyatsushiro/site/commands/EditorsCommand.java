package org.beihaiyatsushiro.site.commands;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The editors' commands, each started by a launcher of its name in the project's root folder: an sh
 * script for Linux and macOS ({@code ./preview}) and its twin for Windows ({@code preview.cmd}),
 * both thin: they name the command and {@link CommandLauncher} does the rest.
 *
 * <p>This table is the one list of the commands; a test checks that each has both launchers and
 * that they pass the same Java options and arguments. The main classes are named, not referred to,
 * because the launcher runs before the extension's libraries are on the classpath.
 */
public enum EditorsCommand {
  /** The live preview at http://127.0.0.1:8820/. */
  PREVIEW("preview", "org.beihaiyatsushiro.site.preview.PreviewCommand"),
  /** The content check, without a bake. */
  CHECK_CONTENT("check-content", "org.beihaiyatsushiro.site.bake.CheckContent"),
  /** A new article as a draft, with translation stubs on request. */
  NEW_ARTICLE("new-article", "org.beihaiyatsushiro.site.authoring.NewArticleCommand"),
  /** Every article's state in each language. */
  TRANSLATION_STATUS(
      "translation-status", "org.beihaiyatsushiro.site.translations.TranslationStatusCommand");

  private final String launcherName;
  private final String mainClass;

  EditorsCommand(String launcherName, String mainClass) {
    this.launcherName = launcherName;
    this.mainClass = mainClass;
  }

  /** The command's name as editors type it, and the name of its launchers (without .cmd). */
  public String launcherName() {
    return launcherName;
  }

  /** The class whose main method is the command. */
  public String mainClass() {
    return mainClass;
  }

  /** The command a launcher names, if there is one of that name. */
  public static Optional<EditorsCommand> named(String launcherName) {
    return Stream.of(values()).filter(c -> c.launcherName.equals(launcherName)).findFirst();
  }
}
