package dev.rampart.cli;

import picocli.CommandLine.Command;

/** {@code rampart baseline}: the commands that manage a baseline of accepted findings. */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = "Manages a baseline: findings accepted for now, which `scan --baseline` omits.",
    subcommands = {BaselineCreateCommand.class})
final class BaselineCommand {}
