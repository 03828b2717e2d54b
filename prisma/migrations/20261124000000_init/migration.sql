-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileSkill" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "skillId" TEXT,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "years" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProfileSkill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyTrack" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "provider" TEXT,
    "url" TEXT,
    "unit" TEXT NOT NULL DEFAULT 'lecture',
    "unitsDone" INTEGER NOT NULL DEFAULT 0,
    "unitsTotal" INTEGER NOT NULL,
    "hoursPerUnit" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "startedOn" DATE,
    "targetOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StudyTrack_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackSkill" (
    "id" TEXT NOT NULL,
    "trackId" TEXT NOT NULL,
    "skillId" TEXT,
    "name" TEXT NOT NULL,
    "levelAtCompletion" INTEGER NOT NULL,

    CONSTRAINT "TrackSkill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackProgress" (
    "id" TEXT NOT NULL,
    "trackId" TEXT NOT NULL,
    "unitsDone" INTEGER NOT NULL,
    "recordedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrackProgress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Posting" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT,
    "company" TEXT,
    "description" TEXT NOT NULL,
    "overallMinYears" INTEGER,
    "extractorVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Posting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Requirement" (
    "id" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "section" TEXT,
    "kind" TEXT NOT NULL,
    "minYears" INTEGER,
    "spanStart" INTEGER NOT NULL,
    "spanEnd" INTEGER NOT NULL,
    "skills" JSONB NOT NULL,
    "skillIds" TEXT[],

    CONSTRAINT "Requirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FitSnapshot" (
    "id" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "fit" INTEGER NOT NULL,
    "fitProjected" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FitSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShareLink" (
    "id" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "lastViewedAt" TIMESTAMP(3),

    CONSTRAINT "ShareLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" TEXT NOT NULL,
    "slug" TEXT,
    "userId" TEXT,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "kind" TEXT NOT NULL,
    "hours" DOUBLE PRECISION NOT NULL,
    "provider" TEXT,
    "skills" JSONB NOT NULL,
    "skillIds" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrepPlan" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "postingId" TEXT,
    "days" INTEGER NOT NULL,
    "hoursPerDay" DOUBLE PRECISION NOT NULL,
    "startDate" DATE NOT NULL,
    "schedule" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PrepPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrepSessionCompletion" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "sessionKey" TEXT NOT NULL,
    "doneAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PrepSessionCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "ProfileSkill_userId_name_idx" ON "ProfileSkill"("userId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ProfileSkill_userId_nameKey_key" ON "ProfileSkill"("userId", "nameKey");

-- CreateIndex
CREATE INDEX "StudyTrack_userId_createdAt_idx" ON "StudyTrack"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "TrackSkill_trackId_idx" ON "TrackSkill"("trackId");

-- CreateIndex
CREATE INDEX "TrackProgress_trackId_recordedOn_idx" ON "TrackProgress"("trackId", "recordedOn");

-- CreateIndex
CREATE INDEX "Posting_userId_createdAt_idx" ON "Posting"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Requirement_skillIds_idx" ON "Requirement" USING GIN ("skillIds");

-- CreateIndex
CREATE UNIQUE INDEX "Requirement_postingId_position_key" ON "Requirement"("postingId", "position");

-- CreateIndex
CREATE INDEX "FitSnapshot_postingId_computedAt_idx" ON "FitSnapshot"("postingId", "computedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ShareLink_token_key" ON "ShareLink"("token");

-- CreateIndex
CREATE INDEX "ShareLink_postingId_revokedAt_idx" ON "ShareLink"("postingId", "revokedAt");

-- CreateIndex
CREATE INDEX "ShareLink_userId_idx" ON "ShareLink"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Resource_slug_key" ON "Resource"("slug");

-- CreateIndex
CREATE INDEX "Resource_userId_idx" ON "Resource"("userId");

-- CreateIndex
CREATE INDEX "Resource_skillIds_idx" ON "Resource" USING GIN ("skillIds");

-- CreateIndex
CREATE INDEX "PrepPlan_userId_createdAt_idx" ON "PrepPlan"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "PrepPlan_postingId_idx" ON "PrepPlan"("postingId");

-- CreateIndex
CREATE UNIQUE INDEX "PrepSessionCompletion_planId_sessionKey_key" ON "PrepSessionCompletion"("planId", "sessionKey");

-- AddForeignKey
ALTER TABLE "ProfileSkill" ADD CONSTRAINT "ProfileSkill_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyTrack" ADD CONSTRAINT "StudyTrack_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackSkill" ADD CONSTRAINT "TrackSkill_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "StudyTrack"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackProgress" ADD CONSTRAINT "TrackProgress_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "StudyTrack"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Posting" ADD CONSTRAINT "Posting_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Requirement" ADD CONSTRAINT "Requirement_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FitSnapshot" ADD CONSTRAINT "FitSnapshot_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrepPlan" ADD CONSTRAINT "PrepPlan_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrepPlan" ADD CONSTRAINT "PrepPlan_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrepSessionCompletion" ADD CONSTRAINT "PrepSessionCompletion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "PrepPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

