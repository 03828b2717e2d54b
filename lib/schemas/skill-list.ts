/** "Distributed systems: 7, Go" -> [{ name, levelAtCompletion }] (level defaults to 6). */
export function parseSkillList(raw: FormDataEntryValue | null): { name: string; levelAtCompletion: number }[] {
  return String(raw ?? "")
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(.*?)(?::\s*(\d+))?$/.exec(part)!;
      return { name: match[1].trim(), levelAtCompletion: match[2] ? Number(match[2]) : 6 };
    });
}
