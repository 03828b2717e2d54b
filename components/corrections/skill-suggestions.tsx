"use client";
import { useEffect, useState } from "react";

/**
 * A <datalist> of every taxonomy name (and alias, unless `aliases` is false). The taxonomy is
 * loaded as its own chunk once the list is on screen (an editor opens, the profile page loads), so
 * no page's HTML or server render carries its ~2,500 names.
 */
export function SkillSuggestions({ id, aliases = true }: { id: string; aliases?: boolean }) {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    import("@/lib/analysis/taxonomy").then(({ SKILLS }) => {
      if (!live) return;
      const all = new Set<string>();
      for (const skill of SKILLS) {
        all.add(skill.name);
        if (aliases) for (const alias of skill.aliases) all.add(alias);
      }
      setNames([...all].sort((a, b) => a.localeCompare(b)));
    });
    return () => {
      live = false;
    };
  }, [aliases]);
  return (
    <datalist id={id}>
      {names.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}
