import { describe, expect, it } from "@jest/globals";
import { readLegend } from "../../../src/core/policy/legend.js";
import { readSupportCell } from "../../../src/core/policy/support-cell.js";

describe("readSupportCell", () => {
  it.each([
    [":white_check_mark:", true],
    ["✅", true],
    ["✔️", true], // U+2714 U+FE0F
    ["✔", true],
    [":heavy_check_mark:", true],
    ["Yes", true],
    ["yes", true],
    ["Supported", true],
    ["SUPPORTED", true],
    ["LTS", true],
    ["feature updates", true],
    ["Until 2023-12-31", true],
    ["Yes, until 5.1", true],
    ["Security fixes until June 2025", true],
    ["✅ Supported & Active", true],
    [":white_check_mark: Supported", true],
    ["✅ 支持中", true],
    ["サポート中", true],
    ["Soportado", true],
    ["Поддерживается", true],
    ["Sí", true],
  ])("%s is supported", (cell, expected) => {
    expect(readSupportCell(cell)).toBe(expected);
  });

  it.each([
    [":x:", false],
    ["❌", false],
    ["No", false],
    ["Unsupported", false],
    ["UNSUPPORTED", false],
    ["Not supported", false],
    [":x: Not supported", false],
    ["EOL", false],
    ["End of life", false],
    ["❌ 不再支持", false],
    ["No soportado", false],
    ["Не поддерживается", false],
    ["Please update to 3.x", false],
    ["Not yet released", false],
    ["Planned", false],
    [":x::anchor:", false],
    ["Deprecated", false],
  ])("%s is not supported", (cell, expected) => {
    expect(readSupportCell(cell)).toBe(expected);
  });

  it.each([
    "Security fixes only",
    "security fixes only",
    ":warning:",
    "⚠️",
    ":warning: Minimally supported",
    "Best effort",
    "bug fixes",
    "Critical fixes only",
    "⏳",
    "✅ security fixes only",
  ])("%s is partial", (cell) => {
    expect(readSupportCell(cell)).toBe("partial");
  });

  it("reads a badge image's alt text once the markdown is stripped", () => {
    // The cell reader receives plain text; the table readers turn ![Yes](…) into "Yes".
    expect(readSupportCell("Yes")).toBe(true);
  });

  it("reads a bare date only where the column says dates mean support", () => {
    expect(readSupportCell("February 26th, 2020")).toBeNull();
    expect(readSupportCell("February 26th, 2020", { datesMeanSupported: true })).toBe(true);
    expect(readSupportCell("2024-06-30", { datesMeanSupported: true })).toBe(true);
  });

  it("says nothing for empty, dashes or prose", () => {
    expect(readSupportCell("")).toBeNull();
    expect(readSupportCell("-")).toBeNull();
    expect(readSupportCell("Insecure randomness")).toBeNull();
    expect(readSupportCell("CVE-2020-1234")).toBeNull();
  });

  it("uses a legend for symbols it does not know", () => {
    const legend = readLegend([":white_check_mark: Supported", ":date: Will be released soon", ":clock1: Planned"]);
    expect(readSupportCell(":date:", { legend })).toBe(false);
    expect(readSupportCell(":clock1:", { legend })).toBe(false);
    expect(readSupportCell(":date:")).toBeNull();
  });

  it("reads a legend written on one line with slashes", () => {
    const legend = readLegend([":rocket: Supported / :snail: Security fixes only / :skull: End of life"]);
    expect(legend.get(":rocket:")).toBe(true);
    expect(legend.get(":snail:")).toBe("partial");
    expect(legend.get(":skull:")).toBe(false);
  });

  it("reads yes and no in more languages, and ○ △ as Japanese tables use them", () => {
    for (const yes of ["Sim", "Evet", "Tak", "Ano", "はい", "Có", "Sim, até 2027", "○", "◯"]) expect(readSupportCell(yes)).toBe(true);
    for (const no of ["Não", "Nao", "Hayır", "Nie", "Nee", "Nej", "いいえ", "Không"]) expect(readSupportCell(no)).toBe(false);
    expect(readSupportCell("△")).toBe("partial");
    // Spanish "ya" (already) opens a no, not a yes.
    expect(readSupportCell("Ya no se mantiene")).toBe(false);
  });

  it("reads fixes of one kind only as partial, and both kinds as full support", () => {
    for (const c of ["Hotfixes only", "Backports only", "High severity only", "Vulnerabilities only", "Major security issues only"]) {
      expect(readSupportCell(c)).toBe("partial");
    }
    // Which release, not which fixes: "only" there names the line.
    expect(readSupportCell("Latest patch only")).toBe(true);
    expect(readSupportCell("Security and bug fixes")).toBe(true);
    expect(readSupportCell("Bug and security fixes")).toBe(true);
  });

  it("reads security fixes alone as partial in other languages", () => {
    for (const c of [
      "Nur Sicherheitsupdates", "Sicherheitsupdates", "Correctifs de sécurité uniquement", "Seulement sécurité",
      "Apenas segurança", "Somente correções de segurança", "Solo correcciones de seguridad", "Sólo seguridad",
      "Solo sicurezza", "Исправления безопасности", "安全更新", "보안 패치만", "Tylko bezpieczeństwo",
      "Alleen beveiliging", "Güvenlik düzeltmeleri",
    ]) {
      expect([c, readSupportCell(c)]).toEqual([c, "partial"]);
    }
    // "Active security update support": security updates are what the support is.
    expect(readSupportCell("积极的安全更新支持")).toBe(true);
    expect(readSupportCell("维护中")).toBe(true);
    expect(readSupportCell("已停止")).toBe(false);
    expect(readSupportCell("不再维护")).toBe(false);
  });

  it("reads struck-out words as withdrawn", () => {
    expect(readSupportCell("~~✅~~ ❌")).toBe(false);
    expect(readSupportCell("~~Supported~~")).toBe(false);
  });
});
