package org.mendwell.letters.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.mendwell.client.CoupleLinkService;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.ui.StartPageNotice;

/**
 * A clinician's proposal to link again, asked on the client's start page as well as on the letters page: a partner
 * who writes no letters would otherwise never meet it. Once this partner has answered it is gone from here.
 */
@org.springframework.stereotype.Component
class RelinkStartPageNotice implements StartPageNotice {

    private final CoupleLinkService coupleLinks;

    RelinkStartPageNotice(CoupleLinkService coupleLinks) {
        this.coupleLinks = coupleLinks;
    }

    @Override
    public Component notice(PersonalTime time) {
        var box = new Div();
        box.addClassName("mw-relink-notice");
        coupleLinks
                .myRelinkRequest()
                .filter(request -> !request.iConsented())
                .ifPresentOrElse(
                        request -> box.add(RelinkQuestion.of(coupleLinks, request, time, () -> box.setVisible(false))),
                        () -> box.setVisible(false));
        return box;
    }
}
