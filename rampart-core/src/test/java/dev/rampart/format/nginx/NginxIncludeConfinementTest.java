package dev.rampart.format.nginx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Finding;
import dev.rampart.model.ScanError;
import dev.rampart.model.ScanResult;
import dev.rampart.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An include never reads outside the scanned root, whatever path or link leads there. */
class NginxIncludeConfinementTest {
  @TempDir Path root;
  @TempDir Path elsewhere;

  @Test
  void includesLeadingOutOfTheRootAreErrorsAndNothingOutsideIsRead() throws IOException {
    Files.writeString(elsewhere.resolve("outside.conf"), "ssl_protocols SSLv3;\n");
    Path nginx = Files.createDirectories(root.resolve("nginx"));
    Files.createDirectories(nginx.resolve("conf.d"));
    Files.createSymbolicLink(nginx.resolve("linked.conf"), elsewhere.resolve("outside.conf"));
    Files.createSymbolicLink(
        nginx.resolve("conf.d/linked.conf"), elsewhere.resolve("outside.conf"));
    Files.writeString(
        nginx.resolve("nginx.conf"),
        """
        http {
            include linked.conf;
            include conf.d/*.conf;
            include ../../%s/outside.conf;
            include %s/outside.conf;
        }
        """
            .formatted(elsewhere.getFileName(), elsewhere));

    ScanResult result = Fixtures.scan(root);

    assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("RA-NGX-002");
    assertThat(result.errors())
        .extracting(ScanError::line, ScanError::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                2, "include linked.conf not read: a link outside the scanned root"),
            org.assertj.core.groups.Tuple.tuple(
                4,
                "include ../../"
                    + elsewhere.getFileName()
                    + "/outside.conf: outside the scanned tree, not read; the directives it holds"
                    + " are not checked"),
            org.assertj.core.groups.Tuple.tuple(
                5,
                "include "
                    + elsewhere
                    + "/outside.conf: outside the scanned tree, not read; the directives it holds"
                    + " are not checked"));
  }
}
