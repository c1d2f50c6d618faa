# Builds the production jar and runs it. Used by docker-compose.yml.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -Pproduction
COPY src src
COPY frontend frontend
RUN ./mvnw -B -q -Pproduction -DskipTests package

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 wecruit
USER wecruit
WORKDIR /app
COPY --from=build /src/target/wecruit-*.jar /app/wecruit.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "--add-modules", "jdk.incubator.vector", "-jar", "/app/wecruit.jar"]
