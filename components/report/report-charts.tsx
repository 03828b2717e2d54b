"use client";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { CategoryCoverage } from "@/lib/analysis/charts/coverage-by-category";

export interface FitHistoryPoint {
  /** ISO timestamp of the snapshot. */
  at: string;
  fit: number;
  fitProjected: number;
}

const day = (iso: string) => iso.slice(0, 10);

/** "spoken-language" -> "Spoken language", "ml" -> "ML". */
function categoryLabel(category: string): string {
  const special: Record<string, string> = { ml: "ML", llm: "LLM" };
  if (special[category]) return special[category];
  const words = category.replace(/-/g, " ");
  return words[0].toUpperCase() + words.slice(1);
}

/** A chart plus the same numbers as a table for screen readers (and for anyone who prefers them). */
function ChartFigure({ label, caption, children, table, height = 224 }: { label: string; caption: string; children: React.ReactNode; table: React.ReactNode; height?: number }) {
  return (
    <figure aria-label={label} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:break-inside-avoid">
      <figcaption className="font-semibold">{label}</figcaption>
      <p className="text-xs text-slate-600">{caption}</p>
      <div className="mt-2 w-full" style={{ height }} aria-hidden="true">
        {children}
      </div>
      <details className="mt-1 text-xs text-slate-600 print:hidden">
        <summary className="cursor-pointer">Show as table</summary>
        {table}
      </details>
    </figure>
  );
}

export function ReportCharts({ history, categories }: { history: FitHistoryPoint[]; categories: CategoryCoverage[] }) {
  const points = history.map((point, index) => ({ ...point, label: day(point.at), key: index }));
  return (
    <div className="grid items-start gap-4 md:grid-cols-2">
      <ChartFigure
        label="Fit history"
        caption={`${points.length} point${points.length === 1 ? "" : "s"}: one each time the fit changed (profile, study, corrections).`}
        table={
          <table className="mt-1 w-full text-left" data-testid="fit-history-table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Fit now</th>
                <th scope="col">Projected</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.key}>
                  <td>{point.at.slice(0, 16).replace("T", " ")}</td>
                  <td>{point.fit}%</td>
                  <td>{point.fitProjected}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
            <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#475569" }} minTickGap={24} />
            <YAxis domain={[0, 100]} tick={{ fontSize: 11, fill: "#475569" }} unit="%" />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Line type="stepAfter" dataKey="fit" name="Fit now" stroke="#1f57d1" strokeWidth={2} dot isAnimationActive={false} />
            <Line type="stepAfter" dataKey="fitProjected" name="Projected" stroke="#059669" strokeWidth={2} strokeDasharray="5 3" dot isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </ChartFigure>
      <ChartFigure
        label="Coverage by category"
        caption="Mean coverage of the posting's skills in each category, today and with study complete."
        height={Math.max(224, 56 + categories.length * 34)}
        table={
          <table className="mt-1 w-full text-left">
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col">Skills</th>
                <th scope="col">Now</th>
                <th scope="col">Projected</th>
              </tr>
            </thead>
            <tbody>
              {categories.map((row) => (
                <tr key={row.category}>
                  <td>{categoryLabel(row.category)}</td>
                  <td>{row.skills}</td>
                  <td>{row.now}%</td>
                  <td>{row.projected}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={categories.map((row) => ({ ...row, label: categoryLabel(row.category) }))} layout="vertical" margin={{ top: 4, right: 12, bottom: 0, left: 8 }}>
            <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 11, fill: "#475569" }} />
            <YAxis type="category" dataKey="label" width={96} interval={0} tick={{ fontSize: 11, fill: "#475569" }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="now" name="Now" fill="#1f57d1" isAnimationActive={false} />
            <Bar dataKey="projected" name="Projected" fill="#10b981" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
    </div>
  );
}
