-- AlterTable
ALTER TABLE "ShareLink" ADD COLUMN     "label" TEXT;

-- CreateTable
CREATE TABLE "RequirementCorrection" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetKey" TEXT NOT NULL,
    "targetStart" INTEGER NOT NULL,
    "targetEnd" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT,
    "minYears" INTEGER,
    "skills" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RequirementCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkillAlias" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "phrase" TEXT NOT NULL,
    "phraseKey" TEXT NOT NULL,
    "skillId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SkillAlias_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RequirementCorrection_userId_idx" ON "RequirementCorrection"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementCorrection_postingId_targetKey_key" ON "RequirementCorrection"("postingId", "targetKey");

-- CreateIndex
CREATE UNIQUE INDEX "SkillAlias_userId_phraseKey_key" ON "SkillAlias"("userId", "phraseKey");

-- AddForeignKey
ALTER TABLE "RequirementCorrection" ADD CONSTRAINT "RequirementCorrection_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementCorrection" ADD CONSTRAINT "RequirementCorrection_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillAlias" ADD CONSTRAINT "SkillAlias_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
