package dev.rampart.format.fly;

import dev.rampart.model.Position;

/** A value of a {@code fly.toml} and where its key is written. */
public record Setting<T>(T value, Position at) {}
