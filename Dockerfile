# syntax=docker/dockerfile:1
# Summit Wire: Next's standalone server with Payload. Configure at run time (see README).

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# The embedded PostgreSQL is for development only; deployments set DATABASE_URL.
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The build needs no database: pages render on their first request.
RUN npm run build

# `npm run worker` (scripts/worker.ts): the jobs queue beside app nodes that run none. It loads
# payload.config through tsx, which the standalone server image does not carry, so it runs from
# the build stage's tree. Build it with `--target worker`; the last stage stays the default.
FROM build AS worker
RUN groupadd --system app && useradd --system --gid app --home /app app
USER app
CMD ["node", "--conditions=production", "--import", "tsx", "scripts/worker.ts"]

FROM node:20-bookworm-slim AS run
WORKDIR /app
# The heap limit and the server edge: serverNodeOptions(undefined, '/app') in
# scripts/lib/production-server.ts, which npm start, the bench and Lighthouse use too
# (tests/unit/production-server.test.ts checks this line and the COPY of the modules below).
# Keep them if you override NODE_OPTIONS.
ENV NODE_ENV=production \
    NODE_OPTIONS="--max-old-space-size=384 --import=/app/lib/server/request-edge.mjs" \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
RUN groupadd --system app && useradd --system --gid app --home /app app
COPY --from=build --chown=app:app /app/.next/standalone ./
COPY --from=build --chown=app:app /app/.next/static ./.next/static
# The preload modules and the files they import, which the standalone output does not trace.
COPY --from=build --chown=app:app /app/lib/server/request-edge.mjs /app/lib/server/graceful-shutdown.mjs /app/lib/server/shutdown-hooks.mjs /app/lib/server/hot-paths.mjs /app/lib/server/dependency-outages.mjs ./lib/server/
COPY --from=build --chown=app:app /app/lib/server/env.js ./lib/server/
COPY --from=build --chown=app:app /app/lib/http/retry-after.mjs /app/lib/http/compress-response.mjs /app/lib/http/given-headers.mjs /app/lib/http/client-address.mjs /app/lib/http/edge-cache-headers.mjs ./lib/http/
# The node's own state beside its media: the list of most-read pages it warms after a restart.
RUN mkdir -p /app/media /app/.data && chown app:app /app/media /app/.data
USER app
EXPOSE 3000
# Migrations run at start (instrumentation.ts) before the first request is served.
CMD ["node", "server.js"]
