package dev.rampart.rules.secrets;

import static dev.rampart.rules.secrets.ProviderPatterns.keyed;
import static dev.rampart.rules.secrets.ProviderPatterns.keyedName;
import static dev.rampart.rules.secrets.ProviderPatterns.prefixed;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-102",
    title = "No business application API key is written into the repository",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {
      "gitleaks:adobe-client-id",
      "gitleaks:adobe-client-secret",
      "gitleaks:airtable-api-key",
      "gitleaks:airtable-personnal-access-token",
      "gitleaks:algolia-api-key",
      "gitleaks:asana-client-id",
      "gitleaks:asana-client-secret",
      "gitleaks:beamer-api-token",
      "gitleaks:cisco-meraki-api-key",
      "gitleaks:contentful-delivery-api-token",
      "gitleaks:dropbox-api-token",
      "gitleaks:dropbox-long-lived-api-token",
      "gitleaks:dropbox-short-lived-api-token",
      "gitleaks:duffel-api-token",
      "gitleaks:easypost-api-token",
      "gitleaks:easypost-test-api-token",
      "gitleaks:etsy-access-token",
      "gitleaks:finnhub-access-token",
      "gitleaks:hubspot-api-key",
      "gitleaks:intercom-api-key",
      "gitleaks:lob-api-key",
      "gitleaks:lob-pub-api-key"
    },
    rationale =
        "Keys of business applications open the data kept there: customer records and"
            + " conversations (HubSpot, Intercom), files (Dropbox), databases and tasks (Airtable,"
            + " Asana), content and search indexes (Contentful, Algolia), orders and shipments"
            + " (Etsy, Duffel, EasyPost, Lob), network devices (Cisco Meraki). Whoever reads the"
            + " file, its history or a copy of it can read or change that data until the key is"
            + " revoked.",
    remediation =
        "Revoke the key in the application's developer or API settings and make a new one with"
            + " the least scope it needs, then read it from the environment or a secret store"
            + " instead of the file. Purge it from git history if it was committed.",
    references = {
      "https://airtable.com/developers/web/guides/personal-access-tokens",
      "https://developers.hubspot.com/docs/api/private-apps",
      "https://developers.dropbox.com/oauth-guide",
      "https://developer.cisco.com/meraki/api-v1/authorization/",
      "https://docs.easypost.com/docs/authentication"
    })
public final class BusinessAppTokens implements SecretRule {
  private static final String UUID =
      "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}";
  private static final String[] LOB = {"lob_", "lob-", "lobapi", "lobkey", "lobtoken", "lobsecret"};

  private static final List<SecretPattern> PATTERNS =
      List.of(
          prefixed("Adobe client secret", 2, "p8e-", "[0-9A-Za-z]{32}"),
          keyed("Adobe client id", 2, "[0-9a-f]{32}", "adobe"),
          keyed(
              "Airtable personal access token", 3, "pat[0-9A-Za-z]{14}\\.[0-9a-f]{64}", "airtable"),
          keyed("Airtable API key", 3, "[0-9A-Za-z]{17}", "airtable"),
          keyed("Algolia API key", 3, "[0-9A-Za-z]{32}", "algolia"),
          keyed("Asana client id", 2, "[0-9]{16}", "asana"),
          keyed("Asana client secret", 3, "[0-9A-Za-z]{32}", "asana"),
          keyed("Beamer API key", 3, "b_[0-9A-Za-z=_-]{44}", "beamer"),
          // "meraki" in any case would match the "meraKi" of cameraKit.
          keyedName("Cisco Meraki API key", 3, "[0-9a-f]{40}", "(?:[Mm]eraki|MERAKI)", "meraki"),
          keyed("Contentful delivery API token", 3, "[0-9A-Za-z=_-]{43}", "contentful"),
          keyed("Dropbox short-lived token", 3, "sl\\.[0-9A-Za-z=_-]{130,}", "dropbox"),
          keyed(
              "Dropbox long-lived token",
              3,
              "[0-9A-Za-z]{11}AAAAAAAAAA[0-9A-Za-z=_-]{43}",
              "dropbox"),
          keyed("Dropbox API key", 3, "[0-9A-Za-z]{15}", "dropbox"),
          prefixed("Duffel API token", 3, "duffel_live_", "[0-9A-Za-z_=-]{43}"),
          prefixed("Duffel test API token", 3, "duffel_test_", "[0-9A-Za-z_=-]{43}"),
          prefixed("EasyPost API key", 3, "EZAK", "[0-9A-Za-z]{54}"),
          prefixed("EasyPost test API key", 3, "EZTK", "[0-9A-Za-z]{54}"),
          // "etsy" in any case would match the "etSy" of SetSysctl.
          keyedName("Etsy API key", 3, "[0-9A-Za-z]{24}", "(?:ETSY|[Ee]tsy)", "etsy"),
          keyed("Finnhub API key", 3, "[0-9A-Za-z]{20}", "finnhub"),
          keyed("HubSpot API key", 3, UUID, "hubspot"),
          keyed("Intercom access token", 3, "[0-9A-Za-z=_-]{60}", "intercom"),
          keyed("Lob API key", 3, "(?:live|test)_[0-9a-f]{35}", LOB),
          keyed("Lob publishable key", 3, "(?:live|test)_pub_[0-9a-f]{31}", LOB));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
