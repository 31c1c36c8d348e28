package dev.rampart.format.helm;

/** What the Helm format makes of one file. */
public sealed interface HelmFile {

  /** A {@code Chart.yaml} with the {@code apiVersion} and {@code name} of a chart. */
  record Chart(String name) implements HelmFile {}

  /** A {@code Chart.yaml} without them: its directory is no chart. */
  record NotAChart() implements HelmFile {}

  /** A YAML file shaped like a Kubernetes manifest that is a template to render first. */
  record Template() implements HelmFile {}
}
