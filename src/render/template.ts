/**
 * Config-supplied message templates (`messages:` in the config): `{{name}}` placeholders
 * filled from the message's data. An unknown placeholder is left as written, so a typo
 * shows in the message rather than silently vanishing.
 */
export function fillTemplate(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, name: string) => (name in vars ? vars[name]! : whole));
}
