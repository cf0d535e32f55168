package eu.skills4cities.citycert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Framework files for tests. */
public final class TestFrameworks {

    private TestFrameworks() {
    }

    /**
     * {@link #small()} as framework {@code framework} with role {@code role} (units {@code <role>-U1} and
     * {@code <role>-U2}), the role and its first unit translated into German and Bulgarian with {@code suffix} at
     * the end of each title ("Testrolle <suffix>", "Тестова роля <suffix>", "Planung <suffix>", "Планиране
     * <suffix>"); the second unit ("Delivery") has no translation. Import it twice with two suffixes for two
     * versions of one framework whose titles differ.
     */
    public static byte[] translated(String framework, String role, String suffix) {
        return small().replace("TEST-SMALL", framework).replace("TSTR", role)
                .replace("    title: Test Role\n", "    title: Test Role\n    translations:\n"
                        + "      de: {title: \"Testrolle " + suffix + "\"}\n"
                        + "      bg: {title: \"Тестова роля " + suffix + "\"}\n")
                .replace("        title: Planning\n", "        title: Planning\n        translations:\n"
                        + "          de: {title: \"Planung " + suffix + "\"}\n"
                        + "          bg: {title: \"Планиране " + suffix + "\"}\n")
                .getBytes(StandardCharsets.UTF_8);
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
