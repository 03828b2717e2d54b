import type { FitPoint } from "@/lib/server/data/fit-snapshots";

const WIDTH = 96;
const HEIGHT = 28;

function path(values: number[]): string {
  const step = values.length > 1 ? WIDTH / (values.length - 1) : 0;
  return values.map((value, index) => `${index === 0 ? "M" : "L"}${(index * step).toFixed(1)},${(HEIGHT - (value / 100) * HEIGHT).toFixed(1)}`).join(" ");
}

/** Fit now (blue) and projected (green) over time, as the person adds skills and studies. */
export function FitSparkline({ points }: { points: FitPoint[] }) {
  if (points.length < 2) return null;
  const first = points[0];
  const last = points[points.length - 1];
  const summary = `Fit history: ${first.fit}% on ${first.computedAt.toISOString().slice(0, 10)}, ${last.fit}% now (${points.length} changes)`;
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} className="overflow-visible">
      <title>{summary}</title>
      <path d={path(points.map((point) => point.fitProjected))} fill="none" stroke="#059669" strokeWidth="1.5" strokeDasharray="3 2" />
      <path d={path(points.map((point) => point.fit))} fill="none" stroke="#1f57d1" strokeWidth="2" />
    </svg>
  );
}
