package org.pygen.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the repository's own files, whatever folder Maven runs them in. */
public final class RepoLayout {
  private RepoLayout() {}

  /**
   * The repository root: the nearest folder, from the current one upwards, holding a {@code .git}
   * entry or the parent {@code pom.xml} (the one with {@code <packaging>pom</packaging>}). Maven
   * runs a module's tests in the module folder, so this is usually its parent.
   */
  public static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git")) || isParentPom(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "no repository root (a folder with .git or the parent pom.xml) above "
            + Path.of("").toAbsolutePath());
  }

  /**
   * The folder of the seed tutorials, {@code ../shared/seeds} next to the repository root. It is
   * there on the project's own machines and in CI, and absent from a user's own clone.
   */
  public static Path seedsDir() {
    Path root = root();
    Path parent = root.getParent() == null ? root : root.getParent();
    return parent.resolve("shared").resolve("seeds");
  }

  private static boolean isParentPom(Path pom) {
    if (!Files.isRegularFile(pom)) {
      return false;
    }
    try {
      return Files.readString(pom).contains("<packaging>pom</packaging>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
