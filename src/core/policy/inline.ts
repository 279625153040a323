/**
 * Inline markdown and HTML to plain text, for text read straight from source lines
 * (table cells found by the line scanners). Every function is bounded: input is cut
 * to a fixed length first, so no pattern here can run away on hostile input.
 */

import { decodeNamedCharacterReference } from "decode-named-character-reference";

const MAX_INLINE = 1000;

/** `&amp;`, `&check;`, `&#10004;`, `&#x2714;` → the character; unknown entities are kept. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, name: string) => {
    if (name.startsWith("#")) {
      const hex = name[1] === "x" || name[1] === "X";
      const code = parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    // HTML's named references ("&check;", "&cross;", "&nbsp;"), as micromark itself decodes them.
    const decoded = decodeNamedCharacterReference(name) || decodeNamedCharacterReference(name.toLowerCase());
    return decoded === false ? whole : decoded;
  });
}

/** Text of a shields.io-style badge URL (`/badge/-YES-green` → "YES"), or "". */
export function badgeText(url: string): string {
  const match = /\/badge\/([^/?#]{1,200})/i.exec(url);
  if (!match?.[1]) return "";
  let body = match[1].replace(/\.(svg|png)$/i, "");
  try {
    body = decodeURIComponent(body);
  } catch {
    // keep the raw text
  }
  // Segments are separated by single dashes; "--" is a literal dash, "__" a literal underscore.
  const parts = body.replace(/--/g, "\u0000").split("-").map((p) => p.replace(/\u0000/g, "-"));
  if (parts.length > 1) parts.pop(); // the colour
  return parts.join(" ").replace(/__/g, "\u0001").replace(/_/g, " ").replace(/\u0001/g, "_").trim();
}

/** An HTML comment, or one left open to the end of the text (a template's sample, a line withdrawn): never read. */
export const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** Removes HTML tags and comments; `<br>` becomes a space. */
export function stripHtml(text: string): string {
  return text
    .replace(/<!--[\s\S]{0,2000}?-->/g, " ")
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<\/?[a-zA-Z][^<>]{0,500}>/g, "");
}

/** Collapses runs of whitespace to one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Inline markdown → plain text: images become their alt text (or their badge text), links
 * their text, code spans and emphasis lose their markers, HTML tags disappear.
 */
export function inlineToText(markdown: string): string {
  let s = markdown.length > MAX_INLINE ? markdown.slice(0, MAX_INLINE) : markdown;
  if (!/[[\]`*_~<>&\\!]/.test(s)) return squash(s);
  s = s.replace(/!\[([^\]]{0,300})\]\(\s*<?([^)\s>]{0,500})>?(?:\s+"[^"]{0,200}")?\s*\)/g, (_m, alt: string, url: string) =>
    alt.trim() !== "" ? alt : badgeText(url),
  );
  s = s.replace(/\[([^\]]{0,300})\]\([^)]{0,500}\)/g, "$1");
  s = s.replace(/\[([^\]]{1,300})\]\[[^\]]{0,100}\]/g, "$1");
  s = s.replace(/<((?:https?|mailto):[^>\s]{1,500})>/gi, "$1");
  // An HTML image says what it shows by its alt text, a badge, or its file name ("tick.svg").
  s = s.replace(/<img\b([^<>]{0,500})>/gi, (_m, attrs: string) => {
    const alt = /\balt\s*=\s*["']([^"']{1,200})["']/i.exec(attrs)?.[1]?.trim();
    if (alt) return ` ${alt} `;
    const src = /\bsrc\s*=\s*["']([^"']{1,500})["']/i.exec(attrs)?.[1] ?? "";
    const name = badgeText(src) || (/([^/?#]{1,80})\.(?:svg|png|gif|jpe?g|webp)(?:[?#]|$)/i.exec(src)?.[1] ?? "");
    return ` ${name.replace(/[-_]+/g, " ")} `;
  });
  s = stripHtml(s);
  // Escaped marks ("v0.\\*.\\*") are text, never emphasis: kept aside until the markers are gone.
  s = s.replace(/\\([*_~`])/g, (_m, c: string) => String.fromCharCode(0xe000 + "*_~`".indexOf(c)));
  s = s.replace(/`+/g, "");
  s = s.replace(/(\*\*|__)(?=\S)([^]{0,500}?\S)\1/g, "$2");
  s = s.replace(/(^|[^\w*])\*(?=\S)([^*]{0,500}?\S)\*(?![\w*])/g, "$1$2");
  s = s.replace(/(^|[^\w])_(?=\S)([^_]{0,500}?\S)_(?!\w)/g, "$1$2");
  s = s.replace(/~~(?=\S)([^~]{0,500}?\S)~~/g, "$1");
  s = decodeEntities(s);
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, "$1").replace(/[\ue000-\ue003]/g, (c) => "*_~`"[c.charCodeAt(0) - 0xe000] ?? c);
  return squash(s);
}
