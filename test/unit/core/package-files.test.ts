import { describe, expect, it } from "@jest/globals";
import { packageFromManifests } from "../../../src/core/package-files.js";

describe("package from manifests", () => {
  it.each([
    [{ "package.json": '{"name":"mcp-server","version":"1.0.1"}' }, { ecosystem: "npm", name: "mcp-server" }],
    [{ "pyproject.toml": '[project]\nname = "requests"\nversion = "2.0"\n' }, { ecosystem: "pip", name: "requests" }],
    [{ "pyproject.toml": '[tool.poetry]\nname = "poetry-thing"\n' }, { ecosystem: "pip", name: "poetry-thing" }],
    [{ "go.mod": "// comment\nmodule github.com/acme/tool\n\ngo 1.22\n" }, { ecosystem: "go", name: "github.com/acme/tool" }],
    [{ "Cargo.toml": '[package]\nname = "ripgrep"\n[dependencies]\nserde = "1"\n' }, { ecosystem: "rust", name: "ripgrep" }],
    [{ "composer.json": '{"name":"laravel/framework"}' }, { ecosystem: "composer", name: "laravel/framework" }],
    [
      { "pom.xml": "<project><parent><groupId>org.parent</groupId><artifactId>p</artifactId></parent><groupId>com.acme</groupId><artifactId>widget</artifactId><dependencies><dependency><groupId>x</groupId><artifactId>y</artifactId></dependency></dependencies></project>" },
      { ecosystem: "maven", name: "com.acme:widget" },
    ],
  ])("%j", (files, pkg) => {
    expect(packageFromManifests(files)).toEqual(pkg);
  });

  it("prefers package.json, and shrugs at broken files", () => {
    expect(packageFromManifests({ "go.mod": "module x", "package.json": '{"name":"first"}' })).toEqual({ ecosystem: "npm", name: "first" });
    expect(packageFromManifests({ "package.json": "{not json", "Cargo.toml": "[package\nname=" })).toBeNull();
    expect(packageFromManifests({})).toBeNull();
  });
});
