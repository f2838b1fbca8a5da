package org.firegov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/**
 * Radio buttons and check boxes inside {@code label.check} (the report form's unit choices, the survey's answers, the
 * "major" boxes) sit beside their text: the text inputs' {@code width: 100%} made each one a full-width row of its
 * own, centred above its text (seen in the browser test's screenshots). The layout itself is checked in headless
 * Chromium by {@code PortalOversightBrowserTest}; here, that the stylesheet every page loads says so.
 */
class ChoiceLayoutTest extends PortalTest {

    @Test
    void the_stylesheet_keeps_radio_buttons_and_check_boxes_beside_their_text() throws Exception {
        services.json("/api/inspection/public/reports/units", "[]");
        HttpResponse<String> css = get("/assets/portal.css", null);

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(
                "input[type=\"radio\"], input[type=\"checkbox\"] { width: auto;",
                "label.check { display: flex; align-items: center;");
        assertThat(get("/public/report/units?q=x", null).body()).as("the choices use the class")
                .contains("<label class=\"check\">");
    }
}
