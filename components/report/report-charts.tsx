import { CategoryPlot, FitHistoryPlot } from "./report-chart-plots-lazy";
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
        <FitHistoryPlot points={points.map(({ label, fit, fitProjected }) => ({ label, fit, fitProjected }))} />
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
        <CategoryPlot rows={categories.map((row) => ({ label: categoryLabel(row.category), now: row.now, projected: row.projected }))} />
      </ChartFigure>
    </div>
  );
}
