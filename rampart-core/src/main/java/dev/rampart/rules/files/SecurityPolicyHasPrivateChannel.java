package dev.rampart.rules.files;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.files.SecurityPolicy;
import dev.rampart.model.Position;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-FS-007",
    title = "The security policy names a private way to report a vulnerability",
    severity = Severity.LOW,
    controls = "ops.vulnerability-disclosure",
    rationale =
        "A SECURITY.md that says nothing about where to write (GitHub's template, left as it"
            + " is), or that sends reporters to the issue tracker, makes every report public"
            + " before it is fixed. A private channel is an e-mail address (not an example.com"
            + " placeholder), a link to a security contact, bug bounty or advisory page, or"
            + " GitHub's private vulnerability reporting named in words (\"private vulnerability"
            + " reporting\", security advisories). \"Report a vulnerability\" alone does not"
            + " count: GitHub's unfilled template says it.",
    remediation =
        "Name the channel and what happens next: \"Report vulnerabilities to"
            + " security@your-domain.org, or through GitHub's private vulnerability reporting"
            + " (Security > Advisories > Report a vulnerability). We answer within 3 working"
            + " days.\" Enable private vulnerability reporting in the repository's settings.",
    references = {
      "https://docs.github.com/en/code-security/security-advisories/guidance-on-reporting-and-writing-information-about-vulnerabilities/privately-reporting-a-security-vulnerability",
      "https://github.com/ossf/oss-vulnerability-guide"
    })
public final class SecurityPolicyHasPrivateChannel implements Check<SecurityPolicy> {

  @Override
  public void check(SecurityPolicy policy, Findings out) {
    if (!policy.privateChannels().isEmpty()) {
      return;
    }
    policy
        .publicTracker()
        .ifPresentOrElse(
            at ->
                out.report(
                    at,
                    "The security policy sends reporters to a public tracker and names no private"
                        + " channel: vulnerabilities would be disclosed before they are fixed."),
            () ->
                out.report(
                    Position.START,
                    "The security policy names no private way to report a vulnerability: no"
                        + " e-mail address, no security contact or advisory link."));
  }
}
