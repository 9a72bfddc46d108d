# The production path of the README in an image: npm ci, npm run build, npm prune --omit=dev,
# npm run serve. .ci/run runs the same sequence (without Docker) after the tests.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=8787 HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY --from=build /app/geodata ./geodata
COPY --from=build /app/seeds ./seeds
# The embedded edit database (PGlite; set DATABASE_URL to use PostgreSQL instead). It takes one
# process at a time, so add accounts while the server is stopped (password on stdin):
#   docker run --rm -i -v tianjin-state:/app/.state tianjin-map npm run users -- add admin --role admin
#   docker run -p 8787:8787 -v tianjin-state:/app/.state tianjin-map
RUN mkdir -p /app/.state && chown node:node /app/.state
VOLUME /app/.state
USER node
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "dist/server/api/server/health-check.js"]
# npm forwards SIGTERM to node (the script execs it); shutdown is graceful within SHUTDOWN_GRACE_MS
CMD ["npm", "run", "serve"]
