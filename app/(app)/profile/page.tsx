import { Card } from "@/components/ui/card";
import { AddSkillForm } from "@/components/profile/add-skill-form";
import { SkillRow } from "@/components/profile/skill-row";
import { ProfileTransfer } from "@/components/profile/profile-transfer";
import { JsonResumeImport } from "@/components/profile/json-resume-import";
import { requireUserOrRedirect } from "@/lib/server/auth";
import { loadProfilePage } from "@/lib/server/services/page-data";

export const metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requireUserOrRedirect();
  const skills = await loadProfilePage(user.id);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Your skill profile</h1>
        <p className="mt-1 text-sm text-slate-600">
          Rate yourself honestly: 0 = never used, 3 = familiar, 5 = working proficiency, 7 = strong, 9-10 = expert. Synonyms are recognised
          (Postgres is PostgreSQL).
        </p>
      </div>
      <Card>
        <h2 className="mb-3 font-semibold">Add a skill</h2>
        <AddSkillForm />
      </Card>
      <Card>
        <h2 className="mb-2 font-semibold">Skills ({skills.length})</h2>
        {skills.length === 0 ? (
          <p className="text-sm text-slate-600">No skills yet. Add the ones you would put on your CV.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {/* Rows are keyed by their values too: a row changed elsewhere (re-adding the skill) shows the new values. */}
            {skills.map((skill) => (
              <SkillRow key={`${skill.id}:${skill.level}:${skill.years}`} skill={{ ...skill, known: skill.skillId !== null }} />
            ))}
          </ul>
        )}
      </Card>
      <ProfileTransfer />
      <JsonResumeImport />
    </div>
  );
}
