package eu.skills4cities.citycert.framework;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import eu.skills4cities.citycert.TestFrameworks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped sample framework has the shape the issue asks for, and the documented JSON
 * Schema ({@code docs/framework-format.schema.json}) agrees with the reader on it.
 */
class SampleFrameworkTest {

    private static byte[] sample() throws IOException {
        try (InputStream in = SampleFrameworkTest.class.getResourceAsStream("/framework/skills4cities-sample.yaml")) {
            return in.readAllBytes();
        }
    }

    @Test
    void the_sample_has_the_three_skills4cities_roles_with_the_required_depth_and_says_it_is_a_sample()
            throws IOException {
        FrameworkDocument sample = FrameworkFileReader.read(sample());

        assertThat(sample.sample()).isTrue();
        assertThat(sample.description()).contains("SAMPLE");
        assertThat(sample.roles()).extracting(RoleDefinition::title).containsExactly(
                "Smart City Project Developer", "Smart City Project Manager",
                "Smart City Project Management Consultant");
        for (RoleDefinition role : sample.roles()) {
            assertThat(role.units()).as(role.code() + " units").hasSizeBetween(4, 6);
            for (UnitDefinition unit : role.units()) {
                assertThat(unit.elements()).as(unit.code() + " elements").hasSizeBetween(2, 4);
                for (ElementDefinition element : unit.elements()) {
                    assertThat(element.criteria()).as(element.code() + " criteria").hasSizeBetween(2, 3);
                    assertThat(element.criteria()).allSatisfy(c ->
                            assertThat(c.description()).startsWith("The candidate can"));
                }
            }
        }
    }

    @Test
    void the_sample_and_the_test_framework_satisfy_the_documented_schema() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("docs/framework-format.schema.json")));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

        assertThat(schema.validate(yaml.readTree(sample()))).isEmpty();
        assertThat(schema.validate(yaml.readTree(TestFrameworks.small()))).isEmpty();
    }

    @Test
    void the_schema_refuses_what_the_reader_refuses() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("docs/framework-format.schema.json")));
        JsonNode bad = new ObjectMapper(new YAMLFactory()).readTree(TestFrameworks.small()
                .replace("eqfLevel: 5", "eqfLevel: 9").replace("routes: [PORTFOLIO]", "routes: [INTERVIEW]")
                .replace("    eqfLevel: 9", "    eqfLevel: 9\n    colour: blue"));

        Set<ValidationMessage> messages = schema.validate(bad);

        assertThat(messages).extracting(ValidationMessage::getInstanceLocation).map(Object::toString)
                .contains("$.roles[0].eqfLevel", "$.roles[0].scheme.routes[0]");
        assertThat(messages).anySatisfy(m -> assertThat(m.getMessage()).contains("colour"));
    }
}
