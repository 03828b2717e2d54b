import { buildOpenApiDocument } from "@/lib/api/openapi-document";

export const metadata = { title: "API reference" };
export const dynamic = "force-static";

type Json = Record<string, unknown>;

const METHOD_STYLE: Record<string, string> = {
  get: "bg-sky-100 text-sky-800",
  post: "bg-emerald-100 text-emerald-800",
  put: "bg-amber-100 text-amber-800",
  delete: "bg-rose-100 text-rose-800",
};

function refName(schema: unknown): string | null {
  const ref = (schema as { $ref?: string } | undefined)?.$ref;
  return ref ? ref.split("/").pop()! : null;
}

/** The OpenAPI document rendered on the server: no script, no CDN, works offline. */
export default function ApiDocsPage() {
  const document = buildOpenApiDocument();
  const paths = document.paths as Record<string, Record<string, Json>>;
  const schemas = (document.components as { schemas: Record<string, Json> }).schemas;
  const info = document.info as { title: string; version: string; description: string };
  return (
    <main className="mx-auto max-w-5xl space-y-8 px-4 py-8">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">
          {info.title} <span className="text-base font-normal text-slate-500">v{info.version}, OpenAPI 3.1</span>
        </h1>
        <p className="mt-2 text-sm text-slate-700">{info.description}</p>
        <p className="mt-2 text-sm">
          Base URL <code>/api/v1</code>. Machine-readable: <a className="font-medium text-brand-600 hover:underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
        </p>
        <pre className="mt-3 overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">
          {`curl -H "Authorization: Bearer $FITGAP_TOKEN" -H "Content-Type: application/json" \\
  -d '{"text":"Senior engineer. Required: 5+ years of Python and PostgreSQL."}' \\
  http://localhost:3000/api/v1/analyze`}
        </pre>
      </header>
      <section aria-labelledby="operations" className="space-y-4">
        <h2 id="operations" className="text-xl font-semibold">
          Operations
        </h2>
        {Object.entries(paths).flatMap(([path, methods]) =>
          Object.entries(methods).map(([method, operation]) => {
            const body = refName(((operation.requestBody as Json | undefined)?.content as Record<string, Json> | undefined)?.["application/json"]?.schema);
            const parameters = (operation.parameters as { name: string; in: string; required: boolean }[] | undefined) ?? [];
            const responses = operation.responses as Record<string, { description: string; content?: Record<string, { schema?: unknown }> }>;
            return (
              <article key={`${method} ${path}`} id={String(operation.operationId)} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm">
                  <span className={`rounded px-2 py-0.5 text-xs font-bold uppercase ${METHOD_STYLE[method] ?? ""}`}>{method}</span>
                  {path}
                </h3>
                <p className="mt-1 text-sm text-slate-700">{String(operation.summary)}</p>
                {parameters.length > 0 && (
                  <p className="mt-2 text-sm">
                    Parameters: {parameters.map((p) => `${p.name} (${p.in}${p.required ? ", required" : ""})`).join(", ")}
                  </p>
                )}
                {body && (
                  <p className="mt-1 text-sm">
                    Body: <a className="text-brand-600 hover:underline" href={`#schema-${body}`}>{body}</a> (application/json)
                  </p>
                )}
                <ul className="mt-2 space-y-0.5 text-sm">
                  {Object.entries(responses).map(([status, response]) => {
                    const schema = refName(Object.values(response.content ?? {})[0]?.schema);
                    return (
                      <li key={status}>
                        <span className="font-mono">{status}</span> {response.description}{" "}
                        {schema && (
                          <a className="text-brand-600 hover:underline" href={`#schema-${schema}`}>
                            {schema}
                          </a>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </article>
            );
          }),
        )}
      </section>
      <section aria-labelledby="schemas" className="space-y-4">
        <h2 id="schemas" className="text-xl font-semibold">
          Schemas
        </h2>
        {Object.entries(schemas).map(([name, schema]) => (
          <details key={name} id={`schema-${name}`} className="rounded-lg border border-slate-200 bg-white p-3">
            <summary className="cursor-pointer font-mono text-sm font-semibold">{name}</summary>
            <pre className="mt-2 overflow-x-auto text-xs">{JSON.stringify(schema, null, 2)}</pre>
          </details>
        ))}
      </section>
    </main>
  );
}
