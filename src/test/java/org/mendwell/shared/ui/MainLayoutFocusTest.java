package org.mendwell.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import org.junit.jupiter.api.Test;
import org.mendwell.support.Demo;
import org.mendwell.support.FocusMoves;
import org.mendwell.support.MendwellTest;
import org.springframework.security.test.context.support.WithUserDetails;

@MendwellTest
@ViewPackages(packages = "org.mendwell")
class MainLayoutFocusTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(Demo.CLIENT)
    void the_skip_link_comes_first_and_points_at_the_views_heading_which_can_take_focus() {
        navigate("my/settings", Component.class);

        var layout = find(MainLayout.class).single();
        var navbarFirst = layout.getElement()
                .getChildren()
                .filter(child -> "navbar".equals(child.getAttribute("slot")))
                .findFirst()
                .orElseThrow()
                .getComponent()
                .orElseThrow();
        assertThat(navbarFirst).as("the bar is the page's banner").isInstanceOf(Header.class);
        var skip = (Anchor) navbarFirst.getChildren().findFirst().orElseThrow();
        assertThat(skip.getText()).isEqualTo("Skip to content");
        assertThat(skip.getHref()).isEqualTo("#mw-main");
        assertThat(find(DrawerToggle.class).single())
                .as("the menu toggle follows the skip link")
                .isNotNull();

        var heading = find(H2.class).withText("Settings").single();
        assertThat(heading.getId()).contains("mw-main");
        assertThat(heading.getElement().getAttribute("tabindex")).isEqualTo("-1");
    }

    @Test
    @WithUserDetails(Demo.ELENA)
    void the_first_page_after_choosing_a_password_focuses_its_heading_once() {
        Focus.headingAfterNextPageLoad(); // as the activation page does before it loads the intake
        FocusMoves.forget();
        navigate("intake", Component.class);
        var heading = find(H2.class).withText("Your intake").single();
        assertThat(FocusMoves.since()).as("after activation").contains(heading.getElement());

        assertThat(Focus.takeHeadingAfterPageLoad())
                .as("asked once, answered once")
                .isFalse();
    }
}
