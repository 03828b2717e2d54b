import { layoutPosting } from "@/lib/analysis/extract/units";
import * as fs from "fs";
const t = fs.readFileSync(process.argv[2], "utf8");
for (const u of layoutPosting(t).units) console.log(u.section, JSON.stringify(t.slice(u.start, u.end)).slice(0, 120));
