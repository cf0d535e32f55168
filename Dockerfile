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
COPY --from=build /src/target/citycert-*.jar /app/citycert.jar
USER citycert
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/citycert.jar"]
