# One image for every service of the hub; docker-compose.yml picks the start command.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY . .
RUN npm run build
ENV HOST=0.0.0.0
