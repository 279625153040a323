import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { configJsonSchema, configJsonSchemaText } from "../../../src/config/json-schema.js";

describe("schema.json", () => {
  it("is current with the zod schema (run `npm run schema` after changing it)", () => {
    expect(readFileSync(new URL("../../../schema.json", import.meta.url), "utf8")).toBe(configJsonSchemaText());
  });

  it("describes every key, and no key is required", () => {
    const schema = configJsonSchema() as { properties: Record<string, { description?: string }>; required?: string[] };
    expect(Object.keys(schema.properties)).toEqual([
      "tracker", "handlers", "maintainers", "collaborators", "handler_credit", "policy", "sla", "package", "tag_pattern", "public_issues", "support", "auto_publish", "messages",
    ]);
    for (const [key, prop] of Object.entries(schema.properties)) expect([key, typeof prop.description]).toEqual([key, "string"]);
    expect(schema.required ?? []).toEqual([]);
  });
});
