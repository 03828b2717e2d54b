import { extractRequirements } from "@/lib/analysis/extract";
for (const t of process.argv.slice(2)) { const r = extractRequirements("Requirements\n- " + t + "\n"); console.log(t, "=>", JSON.stringify(r.requirements.map(q => [q.kind, q.skills.map(s => s.name)]))); }
