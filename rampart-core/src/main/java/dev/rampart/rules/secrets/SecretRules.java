package dev.rampart.rules.secrets;

import dev.rampart.secrets.SecretDetector;
import dev.rampart.secrets.SecretRule;
import java.util.List;

/**
 * Every secret rule, most specific first: where two rules match the same value, the earlier one
 * reports it. A new rule is one class in this package and one line here; generic rules go last.
 */
public final class SecretRules {
  private static final List<SecretRule> ALL =
      List.of(
          // code hosts
          new GitHubTokens(),
          // cloud, code hosts, chat, payments, AI, developer platforms (RA-SEC-001..019, 100..149)
          new AwsCredentials(),
          new GcpCredentials(),
          new AzureCredentials(),
          new GitLabTokens(),
          new SlackTokens(),
          new DiscordTokens(),
          new TelegramBotTokens(),
          new MicrosoftTeamsWebhooks(),
          new StripeKeys(),
          new OpenAiKeys(),
          new AnthropicKeys(),
          new AnthropicAdminKeys(),
          new HuggingFaceTokens(),
          new CohereKeys(),
          new GroqKeys(),
          new PerplexityKeys(),
          new PaymentProviderTokens(),
          new CryptoExchangeKeys(),
          new CloudPlatformTokens(),
          new CloudflareApiTokens(),
          new CloudflareGlobalApiKeys(),
          new CloudflareOriginCaKeys(),
          new DeveloperToolTokens(),
          new BusinessAppTokens(),
          new SocialPlatformTokens(),
          // registries, SaaS, private keys, JWTs, URL credentials (RA-SEC-020..049, 150..199)
          new NpmTokens(),
          new PyPiTokens(),
          new RubyGemsTokens(),
          new NuGetCredentials(),
          new DockerHubTokens(),
          new TwilioKeys(),
          new SendGridKeys(),
          new MailgunKeys(),
          new DatadogKeys(),
          new SentryTokens(),
          new ShopifyTokens(),
          new AtlassianTokens(),
          new OktaTokens(),
          new VaultTokens(),
          new TerraformCloudTokens(),
          new OnePasswordSecrets(),
          new PrivateKeys(),
          new MessagingServiceTokens(),
          new ObservabilityTokens(),
          new DevOpsPlatformTokens(),
          new ApiPlatformTokens(),
          new SocialMediaTokens(),
          new YandexCloudKeys(),
          new SaasAppTokens(),
          new SidekiqCredentials(),
          new CurlCredentials(),
          new JsonWebTokens(),
          new UrlPasswords(),
          new ConnectionStringPasswords(),
          // generic (RA-SEC-090..099), always last
          new GenericSecretAssignment());

  private static final SecretDetector DETECTOR = SecretDetector.of(ALL);

  private SecretRules() {}

  public static List<SecretRule> all() {
    return ALL;
  }

  /**
   * The detector over every secret rule, shared by the raw-text pass and by format rules that
   * inspect single values (ENV values, compose environment, Kubernetes env).
   */
  public static SecretDetector detector() {
    return DETECTOR;
  }
}
