package org.mendwell.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mendwell.shared.PersonNamed;
import org.mendwell.shared.SessionSettings;

/** The frame around every signed-in page: app name, navigation for the signed-in role, the user and log-out. */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The element the skip link and a navigation move focus to: the view's heading, or the view itself. */
    static final String MAIN_TARGET_ID = "mw-main";

    /** The page's name as its one h1 (axe's page-has-heading-one); the view's own headings are h2 and below. */
    private final H1 viewTitle = new H1();

    private boolean firstNavigation = true;

    private final List<MenuGate> menuGates;

    /** Entries a feature lists only when they apply; asked again on each navigation, as a clinician may change it. */
    private final Map<SideNavItem, MenuGate> gatedItems = new LinkedHashMap<>();

    MainLayout(AuthenticationContext authentication, SessionSettings sessions, List<MenuGate> menuGates) {
        this.menuGates = menuGates;
        Duration idleTimeout = sessions.idleTimeout();
        setPrimarySection(Section.DRAWER);

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shared.layout.menu-toggle"));
        viewTitle.addClassName("mw-view-title");
        // Everything inside landmarks (axe's region rule): the bar is the page's banner, the drawer its complement,
        // so that a screen reader moving by landmark reaches every part of the frame.
        var bar = new Header(skipLink(getTranslation("shared.layout.skip-to-content")), toggle, viewTitle);
        bar.addClassName("mw-navbar");
        addToNavbar(bar);

        var appName = new Span("Mendwell"); // the same in every language: the product's name
        appName.addClassName("mw-app-name");
        var drawer = new Aside(
                appName,
                new Scroller(sideNav(getTranslation("shared.layout.navigation"))),
                userFooter(authentication),
                new IdleWarning(idleTimeout, Duration.ofMinutes(1)));
        drawer.addClassName("mw-drawer");
        addToDrawer(drawer);
        BuiltInTexts.apply(this);
        // Every signed-in page: another person's words kept in this tab (their session ended here) are removed.
        addAttachListener(attach -> SavedWhileTyping.forgetOtherPeoplesWords(this));
    }

    /**
     * First in the page's tab order, shown only while focused. A plain fragment link would go through
     * Vaadin's router; the click is handled in the browser instead and focuses the target directly.
     */
    private static Anchor skipLink(String text) {
        var link = new Anchor("#" + MAIN_TARGET_ID, text);
        link.addClassName("mw-skip-link");
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().executeJs("""
                this.addEventListener('click', event => {
                    const target = document.getElementById($0);
                    if (target) {
                        event.preventDefault();
                        target.focus();
                    }
                });""", MAIN_TARGET_ID);
        return link;
    }

    /**
     * Menu entries come from {@code @Menu} on the views, whose titles are message keys; Vaadin lists only those the
     * signed-in role may open, and a feature's {@link MenuGate} may leave out an entry that does not apply to the
     * signed-in person.
     */
    private SideNav sideNav(String label) {
        var nav = new SideNav();
        nav.setLabel(label);
        // The screen-reader name of an item's "show the items under it" button, in the viewer's language.
        nav.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("shared.layout.toggle-child-items")));
        var entries = MenuConfiguration.getMenuEntries();
        entries.forEach(entry -> {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            // "library/new" lights up "Exercise library"; "admin/consent" has its own entry and must not
            // light up "admin" as well.
            item.setMatchNested(entries.stream().noneMatch(other -> other.path().startsWith(entry.path() + "/")));
            menuGates.stream()
                    .filter(gate -> withoutSlash(entry.path()).equals(withoutSlash(gate.path())))
                    .findFirst()
                    .ifPresent(gate -> gatedItems.put(item, gate));
            nav.addItem(item);
        });
        return nav;
    }

    private static String withoutSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private Component userFooter(AuthenticationContext authentication) {
        String name = authentication
                .getAuthenticatedUser(PersonNamed.class)
                .map(PersonNamed::displayName)
                .orElse("");
        var signedInAs = new Span(name);
        signedInAs.addClassName("mw-user-name");
        var logout = new Button(getTranslation("shared.layout.log-out"), VaadinIcon.SIGN_OUT.create(), click -> {
            SavedWhileTyping.forgetAllWords(this);
            authentication.logout();
        });
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var footer = new Div(signedInAs, logout, UrgentHelp.note());
        footer.addClassName("mw-drawer-footer");
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        gatedItems.forEach((item, gate) -> item.setVisible(gate.listed()));
        // Page titles read "Caseload | Mendwell"; the bar shows only the page's own name.
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent())
                .map(title -> title.replace(" | Mendwell", "")) // the same in every language
                .orElse(""));
        var target = focusTarget(getContent());
        if (target == null) {
            return;
        }
        target.setId(MAIN_TARGET_ID);
        target.getElement().setAttribute("tabindex", "-1");
        // On the first page of a visit the skip link stays first in the tab order; after that, a screen
        // reader and a keyboard user start on the new page's heading instead of a stale menu entry.
        boolean asked = Focus.takeHeadingAfterPageLoad(); // taken in any case: answered once
        if (!firstNavigation || asked) {
            target.getElement().executeJs("this.focus()");
        }
        firstNavigation = false;
    }

    /** The view's first h1 or h2 (depth first), else the view itself. */
    static @Nullable Component focusTarget(@Nullable Component view) {
        if (view == null) {
            return null;
        }
        return headingIn(view).orElse(view);
    }

    private static Optional<Component> headingIn(Component component) {
        if (component instanceof H1 || component instanceof H2) {
            return Optional.of(component);
        }
        return component
                .getChildren()
                .map(MainLayout::headingIn)
                .flatMap(Optional::stream)
                .findFirst();
    }
}
