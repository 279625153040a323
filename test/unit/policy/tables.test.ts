import { describe, expect, it } from "@jest/globals";
import { readPolicy } from "../../../src/core/policy/index.js";

const rowsOf = (markdown: string): Array<[string, unknown]> => readPolicy(markdown).rows.map((r) => [r.label, r.supported]);

describe("supported-versions tables", () => {
  it("reads emoji variants, shortcodes and mixed notation in one table", () => {
    const md = `## Supported Versions

| Version | Supported |
|:-|:-|
| 9.3 | ✔️ |
| 9.2 | ✅ |
| 9.1 | :heavy_check_mark: |
| 9.0 | ❌ |
| 8.* | :x: |
`;
    expect(rowsOf(md)).toEqual([
      ["9.3", true],
      ["9.2", true],
      ["9.1", true],
      ["9.0", false],
      ["8.*", false],
    ]);
    expect(readPolicy(md).rows.map((r) => r.range)).toEqual(["9.3.x", "9.2.x", "9.1.x", "9.0.x", "8.x"]);
  });

  it("reads Yes/No, partial text cells and an unpadded cell", () => {
    const md = `| Version | Supported |
|---------|-----------|
| 3.0.x   | Yes |
| 2.5.x   |Security fixes only|
| 2.4.x   | :warning: Best effort |
| < 2.4   | No |
`;
    expect(rowsOf(md)).toEqual([
      ["3.0.x", true],
      ["2.5.x", "partial"],
      ["2.4.x", "partial"],
      ["< 2.4", false],
    ]);
  });

  it("finds the columns by header in other languages and with extra columns", () => {
    const md = `| 版本 | 发布日期 | 支持状态 |
| :--- | :--- | :--- |
| v3.x | 2024-01-01 | ✅ 支持中 |
| < v3.x | 2022-01-01 | ❌ 不再支持 |
`;
    expect(rowsOf(md)).toEqual([
      ["v3.x", true],
      ["< v3.x", false],
    ]);
    const es = `| Versión | Soportado |
| ------- | --------- |
| > 1.0   | :white_check_mark: |
| < 1.0   | :x: |
`;
    expect(rowsOf(es)).toEqual([
      ["> 1.0", true],
      ["< 1.0", false],
    ]);
  });

  it("prefers the Status column over an end-of-life date column", () => {
    const md = `| Version | EOL date | Status |
| --- | --- | --- |
| 7.x | 2030-01-01 | :white_check_mark: |
| 6.x | 2029-01-01 | :x: |
`;
    expect(rowsOf(md)).toEqual([
      ["7.x", true],
      ["6.x", false],
    ]);
  });

  it("reads date cells under a 'Security fixes until' header as supported, without looking at today", () => {
    const md = `Release | Security Fixes Until
--- | ---
4.2\t| March 3rd, 2019
4.1 (LTS) | January 1st, 2018
`;
    expect(rowsOf(md)).toEqual([
      ["4.2", true],
      ["4.1 (LTS)", true],
    ]);
    expect(readPolicy(md).rows[1]?.range).toBe("4.1.x");
  });

  it("concatenates several support tables, including one after a bare 'Latest:' line", () => {
    const md = `## Supported Versions

| Version | Supported | End of Support |
| ------- | --------- | -------------- |
| 3.x     | feature updates | 2027H1 |
| 2.x     | bug fixes | 2025H2 |
| 1.x     | :x:       | 2023H2 |

Latest:
| Version | Supported | End of Support |
| ------- | --------- | -------------- |
| 2.9.x   | bug fixes | 2025H1 |
| 1.8.x   | :x:       | 2024H1 |
`;
    expect(rowsOf(md)).toEqual([
      ["3.x", true],
      ["2.x", "partial"],
      ["1.x", false],
      ["2.9.x", "partial"],
      ["1.8.x", false],
    ]);
  });

  it("reads a table of tags after a table of versions", () => {
    const md = `#### Versions
| Version | Supported |
| ------- | --------- |
| 2.1.X | :white_check_mark: |
| < 2.1 | ❌ |

#### Docker tags
| Tag | Supported |
| --- | --------- |
| 2 | :white_check_mark: |
| 2-slim | :white_check_mark: |
| latest | :white_check_mark: |
| Any other tag | ❌ |
`;
    const policy = readPolicy(md);
    expect(policy.rows.map((r) => [r.label, r.supported, r.range])).toEqual([
      ["2.1.X", true, "2.1.x"],
      ["< 2.1", false, "<2.1.0"],
      ["2", true, "2.x"],
      ["2-slim", true, null],
      ["latest", true, null],
      ["Any other tag", false, null],
    ]);
  });

  it("reads a table inside <details>", () => {
    const md = `| Version | Supported |
| ------- | --------- |
| v8 | :heavy_check_mark: |

<details>
<summary>Older versions</summary>

| Version | Supported |
| ------- | --------- |
| v7 | :x: |
| v6 | :x: |

</details>
`;
    expect(rowsOf(md)).toEqual([
      ["v8", true],
      ["v7", false],
      ["v6", false],
    ]);
  });

  it("reads a table inside <details> even without a blank line after <summary>", () => {
    const md = `<details>
<summary>Versions</summary>
| Version | Supported |
| ------- | --------- |
| 1.x | Yes |
</details>
`;
    expect(rowsOf(md)).toEqual([["1.x", true]]);
  });

  it("reads an HTML table", () => {
    const md = `<table>
  <tr><th>Version</th><th>Supported</th></tr>
  <tr><td>2.x</td><td>&#x2705;</td></tr>
  <tr><td><code>1.x</code></td><td>No</td></tr>
</table>`;
    expect(rowsOf(md)).toEqual([
      ["2.x", true],
      ["1.x", false],
    ]);
  });

  it("reads shields.io badge images by their alt text or badge label", () => {
    const md = `| Version | Supported |
| :------- | :--------: |
| 3.12.x  | ![Yes](https://img.shields.io/badge/-YES-green) |
| <= 3.7  | ![No](https://img.shields.io/badge/-NO-red) |
| 3.8.x   | ![](https://img.shields.io/badge/-YES-green) |
`;
    expect(rowsOf(md)).toEqual([
      ["3.12.x", true],
      ["<= 3.7", false],
      ["3.8.x", true],
    ]);
  });

  it("removes inline markdown from labels", () => {
    const md = `| Version | Supported |
| --- | --- |
| \`4.x\` | yes |
| **3.x** | no |
| [2.x](https://example.org/2) | no |
`;
    expect(rowsOf(md)).toEqual([
      ["4.x", true],
      ["3.x", false],
      ["2.x", false],
    ]);
  });

  it("uses a legend below the table for unknown symbols", () => {
    const md = `| Version | Status |
| --- | --- |
| 4.x | :white_check_mark: |
| 5.x | :construction: |

:white_check_mark: Supported
:construction: Not yet released
`;
    expect(rowsOf(md)).toEqual([
      ["4.x", true],
      ["5.x", false],
    ]);
  });

  it("reads the support column by its content when the header does not name it", () => {
    const md = `| Version | Update |
|---------|--------|
|   1.x   |  :x:   |
|   2.x   | :white_check_mark: |
`;
    expect(rowsOf(md)).toEqual([
      ["1.x", false],
      ["2.x", true],
    ]);
  });

  it("skips advisory-history, timing and changelog tables", () => {
    const md = `## Supported Versions

| Version | Supported |
|---------|-----------|
| 4.x     | :white_check_mark: |

## History

| Date | Description | CVE | Affected versions | Patched versions |
|------|-------------|-----|-------------------|------------------|
| May 2021 | [ReDoS](https://example.org) | \`CVE-2021-1\` | \`< 2.5.1\` <br/> \`>= 3.0.0, < 4.6.2\` | \`4.6.2\` |

### Response timeline

| Action | Target |
|--------|--------|
| Acknowledge report | 48 hours |
| Release fix | 30 days |

| Version | Date | Changes |
|---------|------|---------|
| 4.1.0 | 2024-01-01 | Fixed things |

| Key | Fingerprint |
|-----|-------------|
| security@example.org | ABCD 1234 |
`;
    const policy = readPolicy(md);
    expect(policy.rows.map((r) => r.label)).toEqual(["4.x"]);
    expect(policy.acknowledge).toEqual({ amount: 48, unit: "hours" });
  });

  it("ignores tables in fenced code and HTML comments", () => {
    const md = `\`\`\`
| Version | Supported |
| ------- | --------- |
| 9.x     | yes       |
\`\`\`

<!--
| Version | Supported |
| ------- | --------- |
| 8.x     | yes       |
-->
`;
    expect(readPolicy(md).rows).toEqual([]);
  });

  it("reads the whitespace-aligned table form without a rule when the header names both columns", () => {
    const md = `Supported versions:

Version    Supported
2.x        yes
1.x        no
`;
    expect(rowsOf(md)).toEqual([
      ["2.x", true],
      ["1.x", false],
    ]);
  });

  it("reads a branch name row", () => {
    const policy = readPolicy("| Branch | Supported |\n|---|---|\n| main | :white_check_mark: |\n");
    expect(policy.rows).toEqual([{ label: "main", supported: true, range: null }]);
  });

  it("keeps a row whose support cannot be read out of the rows and says so", () => {
    const policy = readPolicy("| Version | Supported |\n|---|---|\n| 2.x | yes |\n| 1.x | ask us |\n| 0.x | no |\n");
    expect(policy.rows.map((r) => r.label)).toEqual(["2.x", "0.x"]);
    expect(policy.problems).toContain("Row '1.x' has no readable support status; it is ignored.");
  });

  it("never calls a row both read and ignored: a label read in one place is not reported unreadable from another", () => {
    const policy = readPolicy("| Version | Supported |\n|---|---|\n| 2.x | yes |\n| 1.x | no |\n\n| Version | Status |\n|---|---|\n| 1.x | ask us |\n| 2.x | yes |\n");
    expect(policy.rows.map((r) => [r.label, r.supported])).toEqual([["2.x", true], ["1.x", false]]);
    expect(policy.problems.filter((p) => p.includes("no readable support status"))).toEqual([]);
  });
});

describe("supported versions as bullets", () => {
  it("reads a bullet list when there is no table", () => {
    const md = `## Supported versions

- 3.x: supported
- 2.x — security fixes only
- 1.x: end of life
`;
    const policy = readPolicy(md);
    expect(policy.tableFound).toBe(false);
    expect(policy.rows).toEqual([
      { label: "3.x", supported: true, range: "3.x" },
      { label: "2.x", supported: "partial", range: "2.x" },
      { label: "1.x", supported: false, range: "1.x" },
    ]);
  });

  it("reads emoji-first bullets and comparison words", () => {
    const md = `## Version support

* ✅ 5.0 and above
* ❌ older than 5.0
`;
    const rows = readPolicy(md).rows;
    expect(rows.map((r) => [r.supported, r.range])).toEqual([
      [true, ">=5.0.0"],
      [false, "<5.0.0"],
    ]);
  });

  it("does not read bullets outside a versions section", () => {
    const md = `## Reporting

- Email 2 people: security@example.org
- Version 1.2 is where we saw it, supported by logs
`;
    expect(readPolicy(md).rows).toEqual([]);
  });

  it("prefers a table to bullets", () => {
    const md = `## Supported versions

- 2.x: supported

| Version | Supported |
|---|---|
| 3.x | yes |
`;
    const policy = readPolicy(md);
    expect(policy.tableFound).toBe(true);
    expect(policy.rows.map((r) => r.label)).toEqual(["3.x"]);
  });
});
