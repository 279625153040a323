/**
 * Which package an advisory is about, from the manifest files at a repository's root:
 * package.json (npm), pyproject.toml (pip), go.mod (go), Cargo.toml (rust), composer.json
 * (composer), pom.xml (maven). The first file that names a package wins. Pure.
 */
import { parse as parseToml } from "smol-toml";
import type { PackageRef } from "./advisory-draft.js";

export const MANIFESTS = ["package.json", "pyproject.toml", "go.mod", "Cargo.toml", "composer.json", "pom.xml"] as const;
export type Manifest = (typeof MANIFESTS)[number];

type Table = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
const table = (v: unknown): Table => (v && typeof v === "object" ? (v as Table) : {});

function fromManifest(file: Manifest, text: string): PackageRef | null {
  try {
    switch (file) {
      case "package.json": {
        const name = str(table(JSON.parse(text)).name);
        return name ? { ecosystem: "npm", name } : null;
      }
      case "composer.json": {
        const name = str(table(JSON.parse(text)).name);
        return name ? { ecosystem: "composer", name } : null;
      }
      case "pyproject.toml": {
        const t = table(parseToml(text));
        const name = str(table(t.project).name) ?? str(table(table(t.tool).poetry).name);
        return name ? { ecosystem: "pip", name } : null;
      }
      case "Cargo.toml": {
        const name = str(table(table(parseToml(text)).package).name);
        return name ? { ecosystem: "rust", name } : null;
      }
      case "go.mod": {
        const m = /^\s*module\s+("?)([^\s"]+)\1\s*$/m.exec(text);
        return m ? { ecosystem: "go", name: m[2]! } : null;
      }
      case "pom.xml": {
        // The project's own coordinates: not those inside <parent>, <dependencies>, <build> or <plugins>.
        const own = text.replace(/<!--[\s\S]*?-->/g, "").replace(/<(parent|dependencies|dependencyManagement|build|plugins|profiles)>[\s\S]*?<\/\1>/g, "");
        const group = /<groupId>\s*([^<\s]+)\s*<\/groupId>/.exec(own)?.[1];
        const artifact = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(own)?.[1];
        return group && artifact ? { ecosystem: "maven", name: `${group}:${artifact}` } : null;
      }
    }
  } catch {
    return null;
  }
}

/** The package the files name, in MANIFESTS order; null when none does. */
export function packageFromManifests(files: Partial<Record<Manifest, string>>): PackageRef | null {
  for (const file of MANIFESTS) {
    const text = files[file];
    const ref = text === undefined ? null : fromManifest(file, text);
    if (ref) return ref;
  }
  return null;
}
