package dev.rampart.rules.compose;

import dev.rampart.check.Findings;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Service;
import dev.rampart.format.dockerfile.ImageRef;
import java.util.Optional;
import java.util.function.Function;

/** The image rules' shared walk: the images services pull, judged one by one. */
final class PulledImages {
  private PulledImages() {}

  /**
   * Reports at its {@code image} key each image a service pulls for which {@code judge} says what
   * is wrong, as a clause to follow "image x of service y". A service that builds its image, and an
   * image named through a variable with no known value, are passed over.
   */
  static void report(ComposeFile file, Findings out, Function<ImageRef, Optional<String>> judge) {
    for (Service service : file.services()) {
      if (service.builds()) {
        continue;
      }
      service
          .imageRef()
          .ifPresent(
              image ->
                  judge
                      .apply(image)
                      .ifPresent(
                          clause ->
                              out.report(
                                  service.entry("image").orElseThrow().position(),
                                  service.label(),
                                  "image "
                                      + image.raw()
                                      + " of "
                                      + service.label()
                                      + " "
                                      + clause
                                      + ".")));
    }
  }
}
