package eu.skills4cities.citycert.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param password        the password of every demo account
 * @param certifiedHolder whether the demo holder is certified on first start (tests turn it off, but for the
 *                        test of the demo data itself)
 */
@ConfigurationProperties("citycert.demo")
record DemoProperties(String password, Boolean certifiedHolder) {

    DemoProperties {
        certifiedHolder = certifiedHolder == null || certifiedHolder;
    }
}
