# syntax=docker/dockerfile:1
# The image that `warden scale render --format kubernetes` references (kubernetes.image, default
# warden:<version>):   docker build -t warden:0.1.0 .
# Entry point: the `warden` CLI, e.g. docker run --rm warden:0.1.0 daemon --config /etc/warden/warden.yaml
ARG NODE_VERSION=20

# Stage 1: every dependency and the compiler toolchain better-sqlite3 needs when no prebuilt binary
# matches, then dist/.
FROM node:${NODE_VERSION}-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY package.json package-lock.json ./
# The package's own prepare script is the build, which needs the sources copied below: run the
# dependencies' install scripts alone (better-sqlite3 is the only one in production).
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3
COPY . .
RUN npm run build

# Stage 2: production dependencies only, no compiler; better-sqlite3's native module comes from stage 1
# (same Node.js image, so the same ABI).
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /opt/warden
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /src/node_modules/better-sqlite3/build/Release/better_sqlite3.node node_modules/better-sqlite3/build/Release/better_sqlite3.node
COPY --from=build /src/dist ./dist
COPY --from=build /src/ruleset ./ruleset
# A dedicated account; uid 10001 is what the rendered pods run as (runAsUser, fsGroup).
RUN groupadd --system --gid 10001 warden \
 && useradd --system --uid 10001 --gid warden --home-dir /var/lib/warden --shell /usr/sbin/nologin warden \
 && mkdir -p /var/lib/warden /etc/warden \
 && chown warden:warden /var/lib/warden \
 && chmod 0750 /var/lib/warden
USER 10001:10001
VOLUME ["/var/lib/warden"]
# Agents, enrollment, cluster (Wazuh's ports); a topology may choose others.
EXPOSE 1514 1515 1516
ENTRYPOINT ["node", "dist/scripts/warden.js"]
CMD ["--help"]
