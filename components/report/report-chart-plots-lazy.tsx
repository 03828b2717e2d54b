"use client";
import dynamic from "next/dynamic";

/**
 * The charts are drawn in the browser only: a chart's size is measured there (ResponsiveContainer),
 * so rendering recharts on the server produced only empty wrappers, at a cost on every view of a
 * report. The figures around them, with the same numbers as tables, are rendered on the server.
 */
export const FitHistoryPlot = dynamic(() => import("./report-chart-plots").then((module) => module.FitHistoryPlot), { ssr: false });
export const CategoryPlot = dynamic(() => import("./report-chart-plots").then((module) => module.CategoryPlot), { ssr: false });
