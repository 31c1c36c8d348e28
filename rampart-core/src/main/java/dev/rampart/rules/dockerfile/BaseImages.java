package dev.rampart.rules.dockerfile;

import dev.rampart.format.dockerfile.ImageRef;
import dev.rampart.format.dockerfile.Stage;
import java.util.Optional;

/** How a stage's base image is pinned, for the rules that judge it. */
final class BaseImages {
  private BaseImages() {}

  /**
   * The image {@code stage} starts from, when its pinning can be judged: not {@code scratch}, not
   * an earlier stage, and not hidden behind a variable with no value.
   */
  static Optional<ImageRef> judgeable(Stage stage) {
    return stage.image().filter(image -> !image.isScratch() && !image.unresolved());
  }

  /** {@code FROM debian}: neither tag nor digest, so Docker pulls whatever {@code latest} is. */
  static boolean isUntagged(ImageRef image) {
    return image.tag().isEmpty() && image.digest().isEmpty();
  }

  /** {@code FROM debian:latest} without a digest to hold it still. */
  static boolean isLatest(ImageRef image) {
    return image.tag().filter("latest"::equals).isPresent() && image.digest().isEmpty();
  }
}
