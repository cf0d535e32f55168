package eu.skills4cities.citycert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Framework files for tests. */
public final class TestFrameworks {

    private TestFrameworks() {
    }

    /** {@code src/test/resources/framework/small.yaml}: one role (TSTR) with two units, framework TEST-SMALL. */
    public static String small() {
        try (InputStream in = TestFrameworks.class.getResourceAsStream("/framework/small.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
