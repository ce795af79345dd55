package org.mendwell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mendwell.shared.ui.AccessDeniedView;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Where each role lands, what its menu offers, and that every other role's page is refused. */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
class RoleNavigationTest extends SpringBrowserlessTest {

    /** Every role's home route; each role may open its own and no other. */
    private static final Map<String, String> HOME_BY_ACCOUNT = Map.of(
            Demo.ADMIN, "admin",
            Demo.CLINICIAN, "caseload",
            Demo.CLIENT, "my/exercises");

    private static final List<String> ROLE_ROUTES = List.of("admin", "caseload", "my/exercises");

    private String currentPath() {
        return getCurrentView().getClass().getAnnotation(com.vaadin.flow.router.Route.class).value();
    }

    private List<String> menu() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private void assertRefusedEverywhereButHome(String home) {
        for (String route : ROLE_ROUTES) {
            navigate(route, Component.class);
            if (route.equals(home)) {
                assertThat(getCurrentView()).as(route).isNotInstanceOf(AccessDeniedView.class);
            } else {
                assertThat(getCurrentView()).as(route).isInstanceOf(AccessDeniedView.class);
                assertThat($(com.vaadin.flow.component.html.H1.class).single().getText())
                        .isEqualTo("This page isn't available to you");
            }
        }
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_clinician_lands_on_the_caseload_and_is_refused_other_roles_pages() {
        navigate("", Component.class);
        assertThat(currentPath()).isEqualTo("caseload");
        assertThat(menu()).containsExactly("Caseload");
        assertRefusedEverywhereButHome(HOME_BY_ACCOUNT.get(Demo.CLINICIAN));
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    void a_client_lands_on_their_exercises_and_is_refused_other_roles_pages() {
        navigate("", Component.class);
        assertThat(currentPath()).isEqualTo("my/exercises");
        assertThat(menu()).containsExactly("My exercises");
        assertRefusedEverywhereButHome(HOME_BY_ACCOUNT.get(Demo.CLIENT));
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void an_administrator_lands_on_the_admin_page_and_is_refused_other_roles_pages() {
        navigate("", Component.class);
        assertThat(currentPath()).isEqualTo("admin");
        assertThat(menu()).containsExactly("Clinicians");
        assertRefusedEverywhereButHome(HOME_BY_ACCOUNT.get(Demo.ADMIN));
    }

    @Test
    @WithAnonymousUser
    void someone_signed_out_is_sent_to_the_log_in_page_from_every_route() {
        for (String route : ROLE_ROUTES) {
            navigate(route, Component.class);
            assertThat(currentPath()).as(route).isEqualTo("login");
            assertThat($(LoginForm.class).exists()).isTrue();
        }
    }
}
