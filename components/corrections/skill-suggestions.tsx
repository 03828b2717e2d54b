"use client";
import { useEffect, useState } from "react";

/**
 * A <datalist> of every taxonomy name and alias. The taxonomy is loaded as its own chunk only
 * when an editor opens, so the report page does not carry it.
 */
export function SkillSuggestions({ id }: { id: string }) {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    import("@/lib/analysis/taxonomy").then(({ SKILLS }) => {
      if (!live) return;
      const all = new Set<string>();
      for (const skill of SKILLS) {
        all.add(skill.name);
        for (const alias of skill.aliases) all.add(alias);
      }
      setNames([...all].sort((a, b) => a.localeCompare(b)));
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <datalist id={id}>
      {names.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}
