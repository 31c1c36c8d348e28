package dev.rampart.secrets;

import dev.rampart.model.Position;
import java.util.Optional;

/**
 * A secret found in a text. It never holds the value: only a redacted form for people and a hash
 * for fingerprints and de-duplication.
 *
 * @param rule the rule whose pattern matched
 * @param kind what the secret is: {@code GitHub personal access token}
 * @param position where the secret starts
 * @param redacted a few leading characters and the length: {@code ghp_… (40 chars)}
 * @param identity a hash of the value
 * @param allowedBecause the reason given by a {@code rampart:allow} comment on the line, if any
 */
public record SecretMatch(
    SecretRule rule,
    String kind,
    Position position,
    String redacted,
    String identity,
    Optional<String> allowedBecause) {}
