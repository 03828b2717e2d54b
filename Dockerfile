# Production image: builds the app, applies migrations and seeds the resource catalog on start
# (never the demo account: FITGAP_SEED_DEMO stays unset), serves on 3000 with scripts/serve.mjs.
# Behind a reverse proxy, set TRUST_PROXY to the number of proxies (see README).
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx prisma generate && npx next build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PORT=3000
COPY --from=build /app ./
EXPOSE 3000
CMD ["sh", "-c", "npx prisma migrate deploy && npx tsx --conditions=react-server prisma/seed.ts && exec node scripts/serve.mjs -p ${PORT}"]
