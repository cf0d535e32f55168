package eu.skills4cities.citycert;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * CityCert: the certification back office for the Skills4Cities smart city roles. Listeners of
 * module events that may follow the commit ({@code @ApplicationModuleListener}) run
 * asynchronously, on Spring Boot's task executor.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class CityCertApplication {

    public static void main(String[] args) {
        SpringApplication.run(CityCertApplication.class, args);
    }

    /** The one clock every feature reads time from, so tests can reason about dates. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
