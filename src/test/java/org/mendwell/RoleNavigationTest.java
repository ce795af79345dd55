package org.mendwell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mendwell.account.Role;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.shared.ui.AccessDeniedView;
import org.mendwell.shared.ui.RecordNotFoundView;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Where each role lands, what its menu offers, and that every other role's page is refused. */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
class RoleNavigationTest extends SpringBrowserlessTest {

    @Autowired
    ClientRepository clientRecords;

    @Autowired
    ClientIds clientIds;

    /** Every signed-in route and the one role that may open it. */
    private Map<String, Role> routes() {
        var routes = new LinkedHashMap<String, Role>();
        routes.put("admin", Role.ADMIN);
        routes.put("admin/clinicians", Role.ADMIN);
        routes.put("admin/consent", Role.ADMIN);
        routes.put("admin/audit", Role.ADMIN);
        routes.put("caseload", Role.CLINICIAN);
        routes.put("library", Role.CLINICIAN);
        routes.put("clients/" + clientIds.of(Demo.CLIENT), Role.CLINICIAN);
        routes.put("my/exercises", Role.CLIENT);
        routes.put("my/progress", Role.CLIENT);
        routes.put("intake", Role.CLIENT);
        routes.put("my/settings", Role.CLIENT);
        return routes;
    }

    private String currentPath() {
        return getCurrentView().getClass().getAnnotation(Route.class).value();
    }

    private List<String> menu() {
        return find(SideNav.class).single().getItems().stream()
                .filter(SideNavItem::isVisible) // an entry a feature does not list for this person is hidden
                .map(SideNavItem::getLabel)
                .toList();
    }

    private void assertOnlyOwnRoutesOpen(Role role) {
        routes().forEach((route, owner) -> {
            navigate(route, Component.class);
            if (owner == role) {
                assertThat(getCurrentView()).as(route).isNotInstanceOf(AccessDeniedView.class);
            } else {
                assertThat(getCurrentView()).as(route).isInstanceOf(AccessDeniedView.class);
                assertThat(find(H1.class).single().getText()).isEqualTo("This page isn't available to you");
            }
        });
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_clinician_lands_on_the_caseload_and_is_refused_other_roles_pages() {
        navigate("", Component.class);
        assertThat(currentPath()).isEqualTo("caseload");
        assertThat(menu()).containsExactly("Caseload", "Exercise library", "Account security");
        assertOnlyOwnRoutesOpen(Role.CLINICIAN);
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    void a_client_lands_on_their_exercises_and_is_refused_other_roles_pages() {
        navigate("", Component.class);
        assertThat(currentPath()).isEqualTo("my/exercises");
        assertThat(menu())
                .containsExactly(
                        "My exercises",
                        "My progress",
                        "Letters",
                        "Agreements",
                        "My intake",
                        "Settings",
                        "Account security");
        assertOnlyOwnRoutesOpen(Role.CLIENT);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void an_administrator_lands_on_the_admin_page_and_is_refused_other_roles_pages() {
        navigate("", Component.class);
        assertThat(currentPath()).isEqualTo("admin");
        assertThat(menu())
                .containsExactly("Practice overview", "Clinicians", "Consent texts", "Audit trail", "Account security");
        assertOnlyOwnRoutesOpen(Role.ADMIN);
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN_2)
    void another_clinicians_client_page_shows_nothing_of_the_client() {
        var foreign = clientRecords.findByEmail(Demo.CLIENT).orElseThrow();

        navigate("clients/" + foreign.getId(), Component.class);

        assertThat(getCurrentView()).isInstanceOf(RecordNotFoundView.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all())
                .noneMatch(p -> p.getText().contains(foreign.getFullName())
                        || p.getText().contains(foreign.getEmail()));
        navigate("clients/not-a-uuid", Component.class);
        assertThat(getCurrentView()).isInstanceOf(RecordNotFoundView.class);
    }

    @Test
    @WithAnonymousUser
    void someone_signed_out_is_sent_to_the_log_in_page_from_every_route() {
        for (String route : routes().keySet()) {
            navigate(route, Component.class);
            assertThat(currentPath()).as(route).isEqualTo("login");
            assertThat(find(LoginForm.class).exists()).isTrue();
        }
    }
}
