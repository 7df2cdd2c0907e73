import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The architecture rule "routes never import db" is enforced by ESLint; prove it bites.
// The first lintText loads the TypeScript parser (several seconds on a busy 2-core box).
describe("architecture lint rules", { timeout: 60_000 }, () => {
  const eslint = new ESLint({ cwd: process.cwd() });

  async function restrictedImportErrors(code: string, filePath: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? [])
      .filter((m) => m.ruleId === "no-restricted-imports")
      .map((m) => m.message);
  }

  it("rejects a route that imports the database", async () => {
    const errors = await restrictedImportErrors(
      'import { openDb } from "#db/client";\nexport const x = openDb;\n',
      "app/routes/bad-route.tsx",
    );
    expect(errors.join("\n")).toMatch(/must not touch the database/);
  });

  it("rejects a component that imports a server module", async () => {
    const errors = await restrictedImportErrors(
      'import { getHome } from "~/modules/catalog/catalog.server";\nexport const x = getHome;\n',
      "app/components/Bad.tsx",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it("allows a route that calls a module", async () => {
    const errors = await restrictedImportErrors(
      'import { getHome } from "~/modules/catalog/catalog.server";\nexport const x = getHome;\n',
      "app/routes/good-route.tsx",
    );
    expect(errors).toEqual([]);
  });
});
