-- Issue 11: a posting's recommendations (what to study for it) are stored beside its stored
-- report, so the report and shared pages do not rank resources on every view. Their key is the
-- report's key plus two revisions that triggers move: the user's own resources and the shared
-- catalog (seeded resources, userId null).

ALTER TABLE "StoredReport" ADD COLUMN "recommendations" JSONB,
ADD COLUMN "recommendationsKey" TEXT;

ALTER TABLE "User" ADD COLUMN "resourcesRevision" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "CatalogRevision" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "revision" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CatalogRevision_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "CatalogRevision_one_row" CHECK ("id" = 1)
);
INSERT INTO "CatalogRevision" ("id", "revision") VALUES (1, 0);

-- Resources added or removed: the owners' resources moved, or the catalog when a row has no owner.
CREATE FUNCTION fitgap_resources_moved_by_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" SET "resourcesRevision" = "resourcesRevision" + 1 WHERE id IN (SELECT DISTINCT "userId" FROM changed_rows WHERE "userId" IS NOT NULL);
  IF EXISTS (SELECT 1 FROM changed_rows WHERE "userId" IS NULL) THEN
    UPDATE "CatalogRevision" SET "revision" = "revision" + 1 WHERE id = 1;
  END IF;
  RETURN NULL;
END
$$;

-- Resources edited: only a change of what recommending reads counts (the seed upserts every
-- catalog row on each start, mostly unchanged; updatedAt alone moves then).
CREATE FUNCTION fitgap_resources_moved_by_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" SET "resourcesRevision" = "resourcesRevision" + 1
  WHERE id IN (
    SELECT n."userId" FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n."title", n."url", n."kind", n."hours", n."provider", n."skills", n."skillIds", n."userId") IS DISTINCT FROM (o."title", o."url", o."kind", o."hours", o."provider", o."skills", o."skillIds", o."userId")
    UNION SELECT o."userId" FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."userId" IS DISTINCT FROM o."userId"
  );
  IF EXISTS (
    SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n."userId" IS NULL OR o."userId" IS NULL)
      AND (n."title", n."url", n."kind", n."hours", n."provider", n."skills", n."skillIds", n."userId") IS DISTINCT FROM (o."title", o."url", o."kind", o."hours", o."provider", o."skills", o."skillIds", o."userId")
  ) THEN
    UPDATE "CatalogRevision" SET "revision" = "revision" + 1 WHERE id = 1;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER fitgap_resource_insert AFTER INSERT ON "Resource" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_resources_moved_by_rows();
CREATE TRIGGER fitgap_resource_delete AFTER DELETE ON "Resource" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_resources_moved_by_rows();
CREATE TRIGGER fitgap_resource_update AFTER UPDATE ON "Resource" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fitgap_resources_moved_by_update();
