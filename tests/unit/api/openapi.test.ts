import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildOpenApiDocument } from "@/lib/api/openapi-document";

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, "../../..");
const API_DIR = path.join(ROOT, "app/api/v1");

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** app/api/v1/postings/[id]/report/route.ts -> /postings/{id}/report */
function openApiPath(file: string): string {
  const relative = path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/");
  return `/${relative}`.replace(/\[(\w+)\]/g, "{$1}");
}

function exportedMethods(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  return [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1].toLowerCase());
}

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument() as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> } };

  it("is valid OpenAPI 3.1 by the official schema", () => {
    // The validator is an ES module; Jest runs CommonJS, so it runs in its own Node process.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "fitgap-openapi-")), "openapi.json");
    fs.writeFileSync(file, JSON.stringify(document));
    const script = `import { Validator } from "@seriousme/openapi-schema-validator";
      const validator = new Validator();
      const result = await validator.validate(${JSON.stringify(file)});
      console.log(JSON.stringify({ valid: result.valid, errors: result.errors, version: validator.version }));`;
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    const result = JSON.parse(output) as { valid: boolean; errors?: unknown; version: string };
    expect(result.errors ?? null).toBeNull();
    expect(result).toMatchObject({ valid: true, version: "3.1" });
    expect(document.openapi).toBe("3.1.0");
  });

  it("describes every method of every route file under app/api/v1, and nothing else", () => {
    const files = routeFiles(API_DIR);
    expect(files.length).toBeGreaterThanOrEqual(9);
    const fromFiles = files.flatMap((file) => exportedMethods(file).map((method) => `${method} ${openApiPath(file)}`)).sort();
    const fromDocument = Object.entries(document.paths)
      .flatMap(([route, methods]) => Object.keys(methods).map((method) => `${method} ${route}`))
      .sort();
    expect(fromDocument).toEqual(fromFiles);
  });

  it("takes its request schemas from the forms' zod schemas", () => {
    const newPosting = document.components.schemas.NewPosting;
    expect(newPosting.required).toEqual(["description"]);
    expect(Object.keys(newPosting.properties ?? {})).toEqual(["description", "title", "company"]);
    const profile = document.components.schemas.ProfileFileInput;
    const skill = (profile.properties!.skills as { items: { properties: { level: object } } }).items.properties.level;
    expect(skill).toEqual({ type: "integer", minimum: 0, maximum: 10 }); // whole levels, as the form takes them
  });
});
