# CityCert, built from this repository: docker compose up --build (see README).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY processes processes
COPY src src
# the production profile builds the optimised Vaadin front-end bundle
RUN ./mvnw -B -Pproduction -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 citycert \
    && mkdir -p /var/lib/citycert/signing && chown -R citycert /var/lib/citycert && chmod 700 /var/lib/citycert/signing
WORKDIR /app
# Start-up (docs/benchmarks.md, "Start-up"): the jar extracted (lib/ beside citycert.jar, no nested
# jars to open) and a class data sharing (CDS) archive of the classes a start loads, so the JVM maps
# them instead of reading, parsing and verifying some 20 000 classes at every start.
COPY --from=build /src/target/citycert-*.jar /tmp/citycert.jar
RUN java -Djarmode=tools -jar /tmp/citycert.jar extract --destination /app/application \
    && rm /tmp/citycert.jar \
    && chown -R citycert /app/application
USER citycert
WORKDIR /app/application
# The training run: the context is refreshed (every singleton created, so every class they need loaded)
# and the JVM writes the archive as it exits, before the web server starts. It needs a database, and
# there is none at build time: without spring.datasource.url CityCert starts its embedded PostgreSQL,
# here in a temporary folder that goes with the run, and a signing key that lives as long as the run.
# The archive belongs to this JVM and this jar: it is made here, in the image that runs it (JDK 17
# has no -XX:+AutoCreateSharedArchive, which came in JDK 19). A JVM that cannot use it says so and
# starts without it. The run leaves its temporary database folder behind (it exits in the middle of
# the start): that and zonky's unpacked binaries are removed, out of the image.
RUN java -XX:ArchiveClassesAtExit=application.jsa -Xlog:cds*=error -Dspring.context.exit=onRefresh -jar citycert.jar \
      --citycert.embedded-postgres.data-directory= --citycert.signing.keystore= \
      --citycert.signing.generate-if-missing=true --citycert.signing.password=training-run \
      --logging.level.root=warn \
    && test -s application.jsa \
    && rm -rf /tmp/citycert-pg-* /tmp/embedded-pg
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=application.jsa", "-jar", "citycert.jar"]
