# syntax=docker/dockerfile:1
# One image recipe for the four Loket services and the gateway (LOKET_APP=gateway, with the web bundle); the service is chosen by the LOKET_APP build arg
# (or at run time: docker run -e LOKET_APP=routing ...).
#   docker build --build-arg LOKET_APP=intake -t loket/intake .
# The build stage is the same for every service, so BuildKit builds it once.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.base.json tsconfig.build.json nx.json ./
COPY libs ./libs
COPY apps ./apps
COPY tools/runtime ./tools/runtime
COPY tools/build ./tools/build
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    LOKET_HTTP_HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/tools/runtime ./tools/runtime
ARG LOKET_APP=intake
ENV LOKET_APP=${LOKET_APP}
USER node
EXPOSE 3000 3001 3002 3003 3004
# register-aliases lets the compiled code resolve the @loket/* library imports
CMD ["sh", "-c", "exec node -r ./tools/runtime/register-aliases.js dist/apps/${LOKET_APP}/src/main.js"]
