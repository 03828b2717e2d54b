// Entry of a posting-analysis worker thread. The app's TypeScript is loaded with tsx (already a
// dependency, used by the seed and CLI scripts), so the worker runs the very same lib/analysis
// code as the server, with no second build.
import { tsImport } from "tsx/esm/api";

const { analyzeAndScorePosting } = await tsImport("./posting-analysis-task.ts", import.meta.url);

// Build the skill matcher now, while the thread starts, not on the first person's paste.
analyzeAndScorePosting({ description: "Requirements:\n- Python", scoreFor: { profile: { skills: [], tracks: [] }, today: "2026-01-01" } });

export default analyzeAndScorePosting;
