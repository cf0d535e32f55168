package eu.skills4cities.citycert.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A status badge carries its words and one of Lumo's badge variants. */
class StatusBadgeTest {

    @ParameterizedTest
    @CsvSource({"SUCCESS, badge success", "NEUTRAL, badge", "CONTRAST, badge contrast", "ERROR, badge error"})
    void each_tone_is_a_lumo_badge_variant(StatusBadge.Tone tone, String theme) {
        StatusBadge badge = new StatusBadge("Active", tone);

        assertThat(badge.getElement().getAttribute("theme")).isEqualTo(theme);
        assertThat(badge.getElement().getAttribute("data-tone")).isEqualTo(tone.name());
        assertThat(badge.getText()).isEqualTo("Active");
    }

    @Test
    void the_grid_renderer_draws_the_same_badge_from_each_row() {
        var renderer = (com.vaadin.flow.data.renderer.LitRenderer<String>) StatusBadge.<String>renderer(
                text -> text.toUpperCase(), text -> StatusBadge.Tone.ERROR);

        assertThat(renderer.getValueProviders().get("text").apply("withdrawn")).isEqualTo("WITHDRAWN");
        assertThat(renderer.getValueProviders().get("theme").apply("withdrawn")).isEqualTo("badge error");
    }
}
