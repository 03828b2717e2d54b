-- CreateTable
CREATE TABLE "StoredReport" (
    "postingId" TEXT NOT NULL,
    "inputsKey" TEXT NOT NULL,
    "report" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StoredReport_pkey" PRIMARY KEY ("postingId")
);

-- AddForeignKey
ALTER TABLE "StoredReport" ADD CONSTRAINT "StoredReport_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
