package no.samspill.doc;

/** A node that stands on its own lines: a section, a paragraph, a list, a table... */
public sealed interface Block extends Node
        permits CoverPage, TableOfContents, Part, Section, Appendix, Paragraph, BulletList, OrderedList,
                Table, SignatureBlock, PageBreak {}
