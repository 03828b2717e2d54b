"use client";
import { useActionState } from "react";
import { deleteTrackAction, recordProgressAction } from "@/lib/server/actions/tracks";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";
import type { StudyTrack } from "@/lib/analysis/types";
import { ExternalLink } from "@/components/ui/external-link";
import { RemoveButton } from "@/components/ui/remove-button";
import { EditTrackForm } from "./edit-track-form";

interface TrackCardProps {
  track: StudyTrack;
  pace: string;
}

export function TrackCard({ track, pace }: TrackCardProps) {
  const [state, formAction, pending] = useActionState(recordProgressAction, EMPTY_FORM_STATE);
  const percent = Math.round((track.unitsDone / track.unitsTotal) * 100);
  const done = track.unitsDone >= track.unitsTotal;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="font-semibold">
            <ExternalLink href={track.url} className="hover:underline">{track.title}</ExternalLink>
          </h3>
          <p className="text-xs text-slate-500">
            {track.provider ? `${track.provider} · ` : ""}
            {track.skills.map((skill) => `${skill.name} → ${skill.levelAtCompletion}`).join(", ") || "no skills linked"}
          </p>
        </div>
        <RemoveButton action={deleteTrackAction} field="trackId" id={track.id} label={track.title} />
      </div>
      <div className="mt-3 flex items-center gap-3">
        <div className="h-2 flex-1 rounded bg-slate-100" role="progressbar" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} aria-label={`${track.title} progress`}>
          <div className="h-2 rounded bg-violet-500" style={{ width: `${percent}%` }} />
        </div>
        <span className="text-sm tabular-nums text-slate-700">
          {track.unit} {track.unitsDone} of {track.unitsTotal}
        </span>
      </div>
      <p className="mt-1 text-xs text-slate-600">{pace}</p>
      <EditTrackForm track={track} />
      {!done && (
        <form action={formAction} className="mt-3 flex flex-wrap items-center gap-2">
          <input type="hidden" name="trackId" value={track.id} />
          <label className="text-sm text-slate-700">
            {track.unit[0].toUpperCase() + track.unit.slice(1)}s done
            <input name="unitsDone" type="number" min={0} max={track.unitsTotal} defaultValue={track.unitsDone + 1} className="ml-2 w-20 rounded border border-slate-300 px-2 py-1 text-sm" />
          </label>
          <button type="submit" disabled={pending} className="rounded-md bg-violet-600 px-3 py-1 text-sm font-medium text-white hover:bg-violet-700">
            Record progress
          </button>
          {state.message && (
            <span role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-emerald-700" : "text-rose-700"}`}>
              {state.fieldErrors.unitsDone?.[0] ?? state.message}
            </span>
          )}
        </form>
      )}
      {track.progress.length > 0 && (
        <details className="mt-2 text-xs text-slate-500">
          <summary className="cursor-pointer">History ({track.progress.length})</summary>
          <ul className="mt-1">
            {track.progress.map((entry, index) => (
              <li key={index}>
                {entry.date}: {track.unit} {entry.unitsDone} done
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
