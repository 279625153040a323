/** The JSON Schema of the config file, generated from the zod schema (shipped as schema.json). */
import { z } from "zod";
import { configSchema } from "./schema.js";

export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" }),
    $id: "https://github.com/security-policy-bot/security-policy-bot/schema.json",
    title: "security-policy-bot configuration",
  };
}

export const configJsonSchemaText = (): string => `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
