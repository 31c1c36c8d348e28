package dev.rampart.check;

import dev.rampart.parse.SourceText;

/** One file's text and the model its format's parser made of it. */
public record ParsedFile<M>(SourceText source, M model) {}
