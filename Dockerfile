# FeminaBot's container image: built from this repository, run as a non-root user, healthy while
# /healthz says so. Build from the repository root:  docker build -t feminabot .
# deploy/compose.yaml runs two of these behind nginx with Redis (README: "Running several instances").

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Node.js and npm fetch the Web Chat bundle once, at build time; the page never loads it from elsewhere.
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src

# Restore first, from the project files alone, so a code change does not restore again.
COPY Directory.Build.props Directory.Packages.props nuget.config ./
COPY build/local-packages/ build/local-packages/
COPY src/FeminaBot/FeminaBot.csproj src/FeminaBot/
COPY src/FeminaBot.Conversations/FeminaBot.Conversations.csproj src/FeminaBot.Conversations/
COPY src/FeminaBot.Triage/FeminaBot.Triage.csproj src/FeminaBot.Triage/
COPY src/FeminaBot.Storage/FeminaBot.Storage.csproj src/FeminaBot.Storage/
RUN dotnet restore src/FeminaBot/FeminaBot.csproj

COPY .editorconfig ./
COPY dialogs/ dialogs/
COPY web/ web/
COPY src/ src/
RUN dotnet publish src/FeminaBot/FeminaBot.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./

# The SQLite file (the default store) lives on a volume the non-root user alone may enter.
RUN mkdir -p /data && chown "$APP_UID" /data && chmod 700 /data
VOLUME /data

ENV ASPNETCORE_URLS=http://+:8080 \
    Storage__SqlitePath=/data/feminabot.db \
    DOTNET_CLI_TELEMETRY_OPTOUT=1

# The image's own unprivileged user (APP_UID), never root.
USER $APP_UID
EXPOSE 8080

# The image has no curl: the program asks its own /healthz (storage included) and exits 0 or 1.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["dotnet", "/app/FeminaBot.dll", "healthcheck", "http://localhost:8080/healthz"]

ENTRYPOINT ["dotnet", "/app/FeminaBot.dll"]
