package no.samspill.doc;

/** A node inside a line of text. */
public sealed interface Inline extends Node
        permits Text, Emphasis, Strong, DefinedTerm, CrossReference, Link, LineBreak {}
