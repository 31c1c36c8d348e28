package dev.rampart.format.fly;

import dev.rampart.model.Position;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code [http_service]} of a {@code fly.toml}: Fly's proxy accepts HTTP on port 80 and HTTPS
 * on 443, terminates TLS, and forwards plain HTTP to {@code internal_port}.
 *
 * @param at its table header
 * @param internalPort the port the app listens on, if given
 * @param forceHttps {@code force_https}, if given (Fly's default is false), with its position
 */
public record HttpService(
    Position at, OptionalLong internalPort, Optional<Setting<Boolean>> forceHttps) {}
