/** Plain text out of mdast nodes, iteratively (deep trees cannot overflow the stack). */
import type { List, Nodes } from "mdast";
import { badgeText, stripHtml } from "./inline.js";

/** Plain text of a node: images give their alt text, HTML loses its tags, blocks are joined by newlines. */
export function nodeText(node: Nodes, maxLength = 20_000): string {
  const out: string[] = [];
  const stack: Array<Nodes | string> = [node];
  let length = 0;
  while (stack.length > 0 && length < maxLength) {
    const n = stack.pop();
    if (n === undefined) break;
    let piece = "";
    if (typeof n === "string") piece = n;
    else if (n.type === "text" || n.type === "inlineCode" || n.type === "code") piece = n.value;
    else if (n.type === "image") piece = n.alt ? n.alt : badgeText(n.url);
    else if (n.type === "imageReference") piece = n.alt ?? "";
    else if (n.type === "break") piece = "\n";
    else if (n.type === "html") piece = stripHtml(n.value);
    else if ("children" in n) {
      const kids: Nodes[] = n.children;
      const separator = n.type === "tableRow" ? " | " : isBlockParent(n) ? "\n" : "";
      for (let i = kids.length - 1; i >= 0; i--) {
        const kid = kids[i];
        if (kid !== undefined) stack.push(kid);
        if (i > 0 && separator) stack.push(separator);
      }
    }
    if (piece) {
      out.push(piece);
      length += piece.length;
    }
  }
  return out.join("");
}

function isBlockParent(n: Nodes): boolean {
  return n.type === "root" || n.type === "blockquote" || n.type === "list" || n.type === "listItem" || n.type === "table";
}

/** Text of one list item without its nested lists. */
export function itemText(item: Nodes): string {
  if (!("children" in item)) return "";
  const parts: string[] = [];
  for (const child of item.children as Nodes[]) {
    if (child.type !== "list") parts.push(nodeText(child));
  }
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

/** Plain text of the top-level items of a list, in order. */
export function listItems(list: List): string[] {
  return list.children.map((item) => itemText(item)).filter((t) => t !== "");
}
