package eu.skills4cities.citycert.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param password the password of every demo account */
@ConfigurationProperties("citycert.demo")
record DemoProperties(String password) {
}
