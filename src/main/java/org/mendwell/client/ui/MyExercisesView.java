package org.mendwell.client.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.mendwell.account.Roles;
import org.mendwell.client.ClientService;
import org.mendwell.client.ClientStatus;

/** The client's home: what their clinician has asked them to do between sessions. */
@Route("my/exercises")
@PageTitle("My exercises | Mendwell")
@Menu(title = "My exercises", order = 10)
@RolesAllowed(Roles.CLIENT)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class MyExercisesView extends Main {

    MyExercisesView(ClientService clients) {
        addClassName("mw-page");
        var profile = clients.myProfile();
        add(new H2("Hello, " + profile.fullName()));
        if (profile.status() == ClientStatus.INTAKE_IN_PROGRESS) {
            var start = new Anchor("intake", "Continue your intake");
            start.addClassName("mw-call-to-action");
            add(new Paragraph("First things first: your clinician would like you to fill in a short intake. "
                    + "Your answers are saved as you go."), start);
        }
        var nothingYet = new Paragraph("Your clinician hasn't given you any exercises yet. When they do, "
                + "they'll appear here with the day they're due and how long they usually take.");
        nothingYet.addClassName("mw-empty-state");
        add(nothingYet);
    }
}
