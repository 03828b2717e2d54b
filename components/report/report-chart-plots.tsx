"use client";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** The fit history as a step chart (drawn in the browser only: see report-chart-plots-lazy.tsx). */
export function FitHistoryPlot({ points }: { points: { label: string; fit: number; fitProjected: number }[] }) {
  return (
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
  );
}

/** Coverage by category as horizontal bars (drawn in the browser only). */
export function CategoryPlot({ rows }: { rows: { label: string; now: number; projected: number }[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart accessibilityLayer={false} data={rows} layout="vertical" margin={{ top: 4, right: 12, bottom: 0, left: 8 }}>
        <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
        <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 11, fill: "#475569" }} />
        <YAxis type="category" dataKey="label" width={96} interval={0} tick={{ fontSize: 11, fill: "#475569" }} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="now" name="Now" fill="#1f57d1" isAnimationActive={false} />
        <Bar dataKey="projected" name="Projected" fill="#10b981" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
