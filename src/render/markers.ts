/**
 * The hidden marker every bot message carries: an HTML comment naming the report and the
 * kind of message (and, for messages that recur, which one). It lets the bot recognise its
 * own messages after a restart or a crash. The format is part of the contract:
 *
 *   <!-- security-policy-bot report="GHSA-xxxx-xxxx-xxxx" kind="acknowledgement" -->
 *   <!-- security-policy-bot report="GHSA-…" kind="reply" key="comment-123" -->
 */

export interface Marker {
  report: string;
  kind: string;
  key?: string;
}

const attr = (v: string): string => v.replace(/["<>]|--/g, "");

export function marker(m: Marker): string {
  const key = m.key ? ` key="${attr(m.key)}"` : "";
  return `<!-- security-policy-bot report="${attr(m.report)}" kind="${attr(m.kind)}"${key} -->`;
}

const MARKER_RE = /<!-- security-policy-bot report="([^"]*)" kind="([^"]*)"(?: key="([^"]*)")? -->/g;

/** Every marker in a body (there is one per bot message; forged ones are stripped from reporter text). */
export function readMarkers(body: string | null | undefined): Marker[] {
  if (!body) return [];
  return [...body.matchAll(MARKER_RE)].map((m) => ({ report: m[1]!, kind: m[2]!, ...(m[3] ? { key: m[3] } : {}) }));
}

export function hasMarker(body: string | null | undefined, m: Marker): boolean {
  return readMarkers(body).some((x) => x.report === attr(m.report) && x.kind === attr(m.kind) && (x.key ?? "") === (m.key ? attr(m.key) : ""));
}

/** Appends the marker to a rendered message. */
export function withMarker(body: string, m: Marker): string {
  return `${body.trimEnd()}\n\n${marker(m)}\n`;
}
