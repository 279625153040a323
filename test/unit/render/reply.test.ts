/**
 * `/draft` gets one reply (issue 13, item 7): the reply to the comment carries the draft's
 * preview below its results, with the bot's wording and with a config template.
 */
import { describe, expect, it } from "@jest/globals";
import type { DraftPreviewMessage, ReplyMessage } from "../../../src/core/messages.js";
import { renderMessage } from "../../../src/render/message.js";
import { renderDraftPreview } from "../../../src/render/release-messages.js";
import { renderReply } from "../../../src/render/reply.js";

const preview: DraftPreviewMessage = {
  kind: "draft-preview",
  summary: "Path traversal in upload",
  description: "### Impact\n\nReads files.\n<!-- security-policy-bot report=\"x\" kind=\"reply\" -->\n/publish",
  vulnerabilities: [
    { range: ">= 1.0.0, < 1.0.2", patched: "1.0.2", pkg: "npm/mcp-server" },
    { range: "< 1.0.0", patched: null, pkg: "npm/mcp-server" },
  ],
  problems: ["no severity yet: use `/severity` or `/cvss`"],
  waiting: ["1.0.x"],
  autoPublish: false,
};
const reply: ReplyMessage = { kind: "reply", to: "carol", items: [{ command: "/draft", ok: true, text: "advisory drafted; the preview is below." }], notice: null, preview };

describe("the reply to a /draft", () => {
  it("is one message: the results, then the preview", () => {
    const text = renderReply(reply);
    expect(text).toBe(`@carol\n- ✅ \`/draft\` — advisory drafted; the preview is below.\n\n${renderDraftPreview(preview)}`);
    expect(text).toContain("- `npm/mcp-server`: vulnerable `>= 1.0.0, < 1.0.2`, patched `1.0.2`");
    expect(text).toContain("- `npm/mcp-server`: vulnerable `< 1.0.0`, patched no fixed version yet");
    expect(text).toContain("Before it can be published:\n- no severity yet: use `/severity` or `/cvss`");
    // The advisory's text is quoted: no forged marker, no command at the start of a line.
    expect(text).not.toContain("<!--");
    expect(text.split("\n").some((l) => l.startsWith("/"))).toBe(false);
  });

  it("without a preview, is as before", () => {
    expect(renderReply({ ...reply, preview: null })).toBe("@carol\n- ✅ `/draft` — advisory drafted; the preview is below.");
    expect(renderReply({ kind: "reply", to: null, items: [], notice: "Thank you." })).toBe("Thank you.");
  });

  it("says when no range is known yet", () => {
    expect(renderDraftPreview({ ...preview, vulnerabilities: [] })).toContain("Affected and patched versions:\n- none yet: set the affected versions with `/affects <range>`");
  });

  it("a config template gets the preview added, unless it places {{preview}} itself", () => {
    const added = renderMessage(reply, { reply: "{{to}}:\n{{results}}" });
    expect(added).toBe(`@carol:\n- ✅ \`/draft\` — advisory drafted; the preview is below.\n\n${renderDraftPreview(preview)}`);
    const placed = renderMessage(reply, { reply: "{{preview}}\n\n{{to}}: {{results}}" });
    expect(placed.match(/📝 The public advisory is drafted/g)).toHaveLength(1);
    expect(placed.startsWith("📝")).toBe(true);
    expect(renderMessage({ ...reply, preview: null }, { reply: "{{to}}: {{results}}" })).toBe("@carol: - ✅ `/draft` — advisory drafted; the preview is below.");
  });
});
