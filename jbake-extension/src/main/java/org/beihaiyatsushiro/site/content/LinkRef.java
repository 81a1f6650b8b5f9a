package org.beihaiyatsushiro.site.content;

/**
 * A relative link or image in a body, kept to be checked once the whole site is read.
 *
 * @param line the 1-based line in the source file
 * @param target the linked file relative to content/ (zh/beihai.md, zh/img/map.svg), or empty for a
 *     link to a heading of the same page
 * @param fragment the heading id after '#', or empty
 * @param image whether it is an image
 * @param written the link as the editor wrote it, for messages
 */
public record LinkRef(int line, String target, String fragment, boolean image, String written) {}
