-- Issue 11: revisions of the inputs of stored results (gap reports, the study-next ranking).
-- Triggers move them, so every writer (the app, seeds, scripts, psql) keeps them right and
-- a page can tell whether a stored result is current from one row, without loading its inputs.

ALTER TABLE "User" ADD COLUMN "profileRevision" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "User" ADD COLUMN "postingsRevision" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Posting" ADD COLUMN "analysisRevision" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "StoredStudyNext" (
    "userId" TEXT NOT NULL,
    "inputsKey" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StoredStudyNext_pkey" PRIMARY KEY ("userId")
);

ALTER TABLE "StoredStudyNext" ADD CONSTRAINT "StoredStudyNext_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rows that carry "userId" (profile skills, study tracks, taught aliases): the owner's profile moved.
CREATE FUNCTION fitgap_profile_moved_by_user_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" SET "profileRevision" = "profileRevision" + 1 WHERE id IN (SELECT DISTINCT "userId" FROM changed_rows);
  RETURN NULL;
END
$$;

-- Rows of a study track (its skills, its progress): the track owner's profile moved.
CREATE FUNCTION fitgap_profile_moved_by_track_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" SET "profileRevision" = "profileRevision" + 1
  WHERE id IN (SELECT t."userId" FROM "StudyTrack" t WHERE t.id IN (SELECT DISTINCT "trackId" FROM changed_rows));
  RETURN NULL;
END
$$;

-- Rows of a posting (requirements, corrections): that posting's analysis moved.
CREATE FUNCTION fitgap_analysis_moved_by_posting_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Posting" SET "analysisRevision" = "analysisRevision" + 1 WHERE id IN (SELECT DISTINCT "postingId" FROM changed_rows);
  RETURN NULL;
END
$$;

-- A posting's own fields that scoring reads: its analysis moved.
CREATE FUNCTION fitgap_analysis_moved_by_posting_fields() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."title" IS DISTINCT FROM OLD."title" OR NEW."company" IS DISTINCT FROM OLD."company" OR NEW."overallMinYears" IS DISTINCT FROM OLD."overallMinYears" THEN
    NEW."analysisRevision" := GREATEST(NEW."analysisRevision", OLD."analysisRevision" + 1);
  END IF;
  RETURN NEW;
END
$$;

-- Postings added or removed: the owner's set of postings moved.
CREATE FUNCTION fitgap_postings_moved_by_posting_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" SET "postingsRevision" = "postingsRevision" + 1 WHERE id IN (SELECT DISTINCT "userId" FROM changed_rows);
  RETURN NULL;
END
$$;

-- A posting whose analysis moved: the owner's set of postings moved.
CREATE FUNCTION fitgap_postings_moved_by_analysis() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" SET "postingsRevision" = "postingsRevision" + 1
  WHERE id IN (SELECT DISTINCT n."userId" FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."analysisRevision" <> o."analysisRevision");
  RETURN NULL;
END
$$;

-- Statement-level triggers with transition tables: one UPDATE per statement, however many rows
-- it wrote (a posting's 20 requirements, a bulk seed's 20,000).
CREATE TRIGGER fitgap_profile_skill_insert AFTER INSERT ON "ProfileSkill" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_profile_moved_by_user_rows();
CREATE TRIGGER fitgap_profile_skill_update AFTER UPDATE ON "ProfileSkill" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_profile_moved_by_user_rows();
CREATE TRIGGER fitgap_profile_skill_delete AFTER DELETE ON "ProfileSkill" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_profile_moved_by_user_rows();

CREATE TRIGGER fitgap_study_track_insert AFTER INSERT ON "StudyTrack" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_profile_moved_by_user_rows();
CREATE TRIGGER fitgap_study_track_update AFTER UPDATE ON "StudyTrack" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_profile_moved_by_user_rows();
CREATE TRIGGER fitgap_study_track_delete AFTER DELETE ON "StudyTrack" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_profile_moved_by_user_rows();

CREATE TRIGGER fitgap_skill_alias_insert AFTER INSERT ON "SkillAlias" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_profile_moved_by_user_rows();
CREATE TRIGGER fitgap_skill_alias_update AFTER UPDATE ON "SkillAlias" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_profile_moved_by_user_rows();
CREATE TRIGGER fitgap_skill_alias_delete AFTER DELETE ON "SkillAlias" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_profile_moved_by_user_rows();

CREATE TRIGGER fitgap_track_skill_insert AFTER INSERT ON "TrackSkill" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_profile_moved_by_track_rows();
CREATE TRIGGER fitgap_track_skill_update AFTER UPDATE ON "TrackSkill" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_profile_moved_by_track_rows();
CREATE TRIGGER fitgap_track_skill_delete AFTER DELETE ON "TrackSkill" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_profile_moved_by_track_rows();

CREATE TRIGGER fitgap_track_progress_insert AFTER INSERT ON "TrackProgress" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_profile_moved_by_track_rows();
CREATE TRIGGER fitgap_track_progress_update AFTER UPDATE ON "TrackProgress" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_profile_moved_by_track_rows();
CREATE TRIGGER fitgap_track_progress_delete AFTER DELETE ON "TrackProgress" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_profile_moved_by_track_rows();

CREATE TRIGGER fitgap_requirement_insert AFTER INSERT ON "Requirement" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_analysis_moved_by_posting_rows();
CREATE TRIGGER fitgap_requirement_update AFTER UPDATE ON "Requirement" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_analysis_moved_by_posting_rows();
CREATE TRIGGER fitgap_requirement_delete AFTER DELETE ON "Requirement" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_analysis_moved_by_posting_rows();

CREATE TRIGGER fitgap_correction_insert AFTER INSERT ON "RequirementCorrection" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_analysis_moved_by_posting_rows();
CREATE TRIGGER fitgap_correction_update AFTER UPDATE ON "RequirementCorrection" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_analysis_moved_by_posting_rows();
CREATE TRIGGER fitgap_correction_delete AFTER DELETE ON "RequirementCorrection" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_analysis_moved_by_posting_rows();

CREATE TRIGGER fitgap_posting_fields BEFORE UPDATE ON "Posting" FOR EACH ROW EXECUTE FUNCTION fitgap_analysis_moved_by_posting_fields();
CREATE TRIGGER fitgap_posting_insert AFTER INSERT ON "Posting" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_postings_moved_by_posting_rows();
CREATE TRIGGER fitgap_posting_delete AFTER DELETE ON "Posting" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_postings_moved_by_posting_rows();
CREATE TRIGGER fitgap_posting_update AFTER UPDATE ON "Posting" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_postings_moved_by_analysis();
