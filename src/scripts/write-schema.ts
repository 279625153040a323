/** `npm run schema`: rewrites schema.json from the zod schema. */
import { writeFileSync } from "node:fs";
import { configJsonSchemaText } from "../config/json-schema.js";

writeFileSync(new URL("../../schema.json", import.meta.url), configJsonSchemaText());
console.log("schema.json written");
