import { extractRequirements } from "@/lib/analysis/extract";
import * as fs from "fs";
let t = fs.readFileSync(process.argv[2], "utf8");
if (process.argv[3]) t = t.split("\n").filter((_, i) => !process.argv[3].split(",").map(Number).includes(i)).join("\n");
const r = extractRequirements(t);
for (const q of r.requirements) console.log(q.kind, q.section, q.minYears, JSON.stringify(q.text.slice(0, 70)), q.skills.map(s => s.name).join(", "));
