# Builds and runs the ledger. Used by docker-compose.yml, which wires it to a MongoDB replica set.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY core/pom.xml core/
COPY query/pom.xml query/
COPY web/pom.xml web/
RUN mvn -B -q dependency:go-offline -DexcludeArtifactIds=ledger-core,ledger-query || true
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 ledger && mkdir /data && chown ledger /data
USER ledger
WORKDIR /app
COPY --from=build /src/web/target/partnership-ledger.jar ledger.jar
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true \
    LEDGER_DATA_DIR=/data
EXPOSE 8080
ENTRYPOINT ["java", "-Daxoniq.update-checker.disabled=true", "-jar", "/app/ledger.jar"]
