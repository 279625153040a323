/**
 * Text someone else wrote (a reporter, a commenter, a repository's files) is hostile when
 * the bot renders it: it could ping people (@org/team), link issues (#1), forge the bot's
 * hidden marker (an HTML comment), smuggle HTML, or be longer than GitHub accepts.
 */

/** GitHub's limit on issue and comment bodies is 65 536 characters. */
export const GITHUB_BODY_LIMIT = 65536;

const ZWSP = "\u200b";

/** Neutralises mentions, references and HTML comments in inline text, and truncates it. */
export function untrusted(text: string, max = 2000): string {
  let t = text
    .replace(/<!--[\s\S]*?(-->|$)/g, "")
    // A zero-width space after "<" keeps `<range>` readable but never a tag.
    .replace(/<(?=[A-Za-z/!?])/g, `<${ZWSP}`)
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`)
    .replace(/(^|[^\w&])#(?=\d)/g, `$1#${ZWSP}`)
    .replace(/\b(GH-)(?=\d)/gi, `$1${ZWSP}`);
  if (t.length > max) t = `${t.slice(0, max - 1)}…`;
  return t;
}

/** Inline code for a short value a user typed (a version, a login), backticks removed. */
export function code(text: string, max = 200): string {
  const t = text.replace(/`/g, "'").replace(/[\r\n]+/g, " ").slice(0, max);
  return `\`${t}\``;
}

/** Truncates a whole body to what GitHub accepts, keeping the end (where the marker lives). */
export function fitBody(body: string, tail = ""): string {
  const room = GITHUB_BODY_LIMIT - tail.length - 100;
  return body.length > room ? `${body.slice(0, room)}\n\n…(shortened)${tail}` : `${body}${tail}`;
}

/** The bot's own notes that may quote repository text: no forged markers, no pings; markup kept. */
export function note(text: string, max = 600): string {
  const t = text.replace(/<!--[\s\S]*?(-->|$)/g, "").replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
