package eu.skills4cities.citycert.framework;

import eu.skills4cities.citycert.CityCertSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public catalogue answers without login; framework administration does not. */
@CityCertSpringTest
class CatalogueAccessTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anyone_reads_the_published_roles_with_units_elements_and_criteria() throws Exception {
        mvc.perform(get("/api/catalogue"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].role.code", hasItems("SCPD", "SCPM", "SCPMC")))
                .andExpect(jsonPath("$[?(@.role.code == 'SCPM')].sample").value(true))
                .andExpect(jsonPath("$[?(@.role.code == 'SCPM')].role.units.length()").value(
                        org.hamcrest.Matchers.everyItem(greaterThanOrEqualTo(4))))
                .andExpect(jsonPath("$[0].role.units[0].elements[0].criteria[0].description").isString());
        mvc.perform(get("/api/catalogue/SCPMC"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role.title").value("Smart City Project Management Consultant"))
                .andExpect(jsonPath("$.role.eqfLevel").value(7));
        mvc.perform(get("/api/catalogue/NOPE")).andExpect(status().isNotFound());
    }

    @Test
    void framework_administration_needs_a_login() throws Exception {
        mvc.perform(get("/api/frameworks")).andExpect(status().isUnauthorized());
    }
}
