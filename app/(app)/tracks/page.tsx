import { Card } from "@/components/ui/card";
import { AddTrackForm } from "@/components/tracks/add-track-form";
import { AddResourceForm } from "@/components/tracks/add-resource-form";
import { TrackCard } from "@/components/tracks/track-card";
import { estimateTrackPace, toTrackReadiness } from "@/lib/analysis/score";
import type { StudyTrack } from "@/lib/analysis/types";
import { deleteResourceAction } from "@/lib/server/actions/tracks";
import { requireUserOrRedirect } from "@/lib/server/auth";
import { todayIso } from "@/lib/server/clock";
import { loadTracksPage } from "@/lib/server/services/page-data";
import { RemoveButton } from "@/components/ui/remove-button";

export const metadata = { title: "Study tracks" };

function describePace(track: StudyTrack, today: string): string {
  const readiness = toTrackReadiness(estimateTrackPace(track, today), today);
  switch (readiness.basis) {
    case "done":
      return "Complete.";
    case "pace":
      return `At your pace (${readiness.unitsPerWeek} ${track.unit}s a week) you finish around ${readiness.completesOn}.`;
    case "target":
      return `To meet your target you need ${readiness.unitsPerWeek} ${track.unit}s a week; done by ${readiness.completesOn}.`;
    default:
      return "No pace yet: record progress (or set a start and target date) to get a finish date.";
  }
}

export default async function TracksPage() {
  const user = await requireUserOrRedirect();
  const today = todayIso();
  const { tracks, resources } = await loadTracksPage(user.id);
  const ownResources = resources.filter((resource) => resource.ownedByUser);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Study tracks</h1>
        <p className="mt-1 text-sm text-slate-600">
          Courses, lecture series and books you are working through. Progress counts as “studying” credit in reports, never as a claim, and
          each track&apos;s own pace sets your readiness dates.
        </p>
      </div>
      {tracks.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600">No tracks yet. Add the course you are taking below.</p>
        </Card>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {tracks.map((track) => (
            <TrackCard key={track.id} track={track} pace={describePace(track, today)} />
          ))}
        </ul>
      )}
      <Card>
        <h2 className="mb-3 font-semibold">Add a track</h2>
        <AddTrackForm />
      </Card>
      <Card>
        <h2 className="font-semibold">Your own resources</h2>
        <p className="mb-3 mt-1 text-sm text-slate-600">
          Added to the catalog of {resources.length - ownResources.length} resources that recommendations draw from.
        </p>
        {ownResources.length > 0 && (
          <ul className="mb-4 divide-y divide-slate-100 text-sm">
            {ownResources.map((resource) => (
              <li key={resource.id} className="flex items-center justify-between py-2">
                <span>
                  {resource.title} <span className="text-slate-500">· {resource.kind} · {resource.hours} h</span>
                </span>
                <RemoveButton action={deleteResourceAction} field="resourceId" id={resource.id} label={resource.title} />
              </li>
            ))}
          </ul>
        )}
        <AddResourceForm />
      </Card>
    </div>
  );
}
