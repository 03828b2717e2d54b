import { z } from "zod";

export const DASHBOARD_SORTS = [
  { value: "fit", label: "Fit (highest first)" },
  { value: "date", label: "Date added (newest first)" },
  { value: "company", label: "Company (A-Z)" },
] as const;

export const DASHBOARD_PAGE_SIZE = 10;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The dashboard's query string; anything malformed falls back to the defaults rather than failing. */
export const DashboardQuerySchema = z.object({
  q: z.preprocess(first, z.string().trim().max(100).catch("")).default(""),
  sort: z.preprocess(first, z.enum(["fit", "date", "company"]).catch("date")).default("date"),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});

export type DashboardQuery = z.infer<typeof DashboardQuerySchema>;

/** /compare?ids=a,b or ?ids=a&ids=b: 2 to 4 distinct posting ids. */
export const CompareIdsSchema = z.preprocess(
  (value) => {
    const list = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
    return [...new Set(list.flatMap((item) => String(item).split(",")).map((item) => item.trim()).filter(Boolean))];
  },
  z.array(z.string().min(1).max(64)).min(2, "Pick at least 2 postings to compare.").max(4, "Compare at most 4 postings at a time."),
);
