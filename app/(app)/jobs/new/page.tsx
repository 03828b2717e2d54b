import { Card } from "@/components/ui/card";
import { PostingFromUrl } from "@/components/jobs/posting-from-url";

export const metadata = { title: "Analyze a posting" };

export default function NewPostingPage() {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Analyze a job posting</h1>
        <p className="mt-1 text-sm text-slate-600">
          Fitgap extracts every requirement (must-have or preferred, years, skills) and scores it against your profile and study tracks.
        </p>
      </div>
      <Card>
        <PostingFromUrl />
      </Card>
    </div>
  );
}
