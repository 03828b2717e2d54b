"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { RequirementEditorForm, type EditableRequirement } from "./requirement-editor";

/** Character offsets of the current selection inside `container`, trimmed of surrounding space. */
function selectionSpan(container: HTMLElement): { text: string; span: [number, number] } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const raw = range.toString();
  let start = before.toString().length;
  let end = start + raw.length;
  const text = raw.trim();
  start += raw.length - raw.trimStart().length;
  end -= raw.length - raw.trimEnd().length;
  return text.length >= 3 ? { text: text.replace(/\s+/g, " "), span: [start, end] } : null;
}

/** "Add requirement": turns a selection of the posting text into a requirement the extractor missed. */
export function AddRequirement({ postingId, containerId }: { postingId: string; containerId: string }) {
  const [draft, setDraft] = useState<EditableRequirement | null>(null);
  const [hint, setHint] = useState("");
  return (
    <div className="mb-3 print:hidden">
      {!draft && (
        <div className="flex flex-wrap items-center gap-2">
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              const container = document.getElementById(containerId);
              const picked = container ? selectionSpan(container) : null;
              if (!picked) {
                setHint("Select the words of a requirement in the posting text below first.");
                return;
              }
              setHint("");
              setDraft({ text: picked.text, span: picked.span, kind: "must", minYears: null, skills: [] });
            }}
          >
            Add requirement
          </Button>
          <span role="status" className="text-sm text-slate-600">
            {hint || "Select text the analysis missed, then add it as a requirement."}
          </span>
        </div>
      )}
      {draft && <RequirementEditorForm postingId={postingId} requirement={draft} action="add" onDone={() => setDraft(null)} />}
    </div>
  );
}
