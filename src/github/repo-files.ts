/** Several files of a repository's default branch in one GraphQL query (absent ones are left out). */
import type { GitHub } from "./octokit.js";

export async function readFiles<P extends string>(gh: GitHub, owner: string, name: string, paths: readonly P[]): Promise<Partial<Record<P, string>>> {
  const fields = paths.map((p, i) => `f${i}: object(expression: ${JSON.stringify(`HEAD:${p}`)}) { ... on Blob { text } }`).join("\n");
  const data = await gh.graphql<{ repository: Record<string, { text?: string | null } | null> | null }>(
    `query repoFiles($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { ${fields} } }`,
    { owner, name },
  );
  const out: Partial<Record<P, string>> = {};
  paths.forEach((p, i) => {
    const text = data.repository?.[`f${i}`]?.text;
    if (typeof text === "string") out[p] = text;
  });
  return out;
}
