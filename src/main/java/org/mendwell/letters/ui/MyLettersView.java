package org.mendwell.letters.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.mendwell.account.Roles;
import org.mendwell.client.CoupleLinkService;
import org.mendwell.letters.LetterKind;
import org.mendwell.letters.MyLetters;
import org.mendwell.letters.MyLettersService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.TranslatedTitle;

/**
 * The client's letters: start one to their partner, reread their own, read what the clinician released to them,
 * and (after a couple link ended) confirm or decline linking again. One column, large targets: a phone page.
 */
@Route("my/letters")
@Menu(title = "letters.menu.my-letters", order = 12)
@RolesAllowed(Roles.CLIENT)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class MyLettersView extends Main implements BeforeEnterObserver, TranslatedTitle {

    private final MyLettersService letters;
    private final CoupleLinkService coupleLinks;
    private final ViewerTime viewerTime;

    MyLettersView(MyLettersService letters, CoupleLinkService coupleLinks, ViewerTime viewerTime) {
        this.letters = letters;
        this.coupleLinks = coupleLinks;
        this.viewerTime = viewerTime;
        addClassName("mw-page");
        addClassName("mw-letters");
    }

    @Override
    public String titleKey() {
        return "letters.my-letters.title";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        PersonalTime time = viewerTime.viewer();
        add(new H2(getTranslation("letters.my-letters.title")));
        coupleLinks
                .myRelinkRequest()
                .ifPresent(request -> add(RelinkQuestion.of(coupleLinks, request, time, this::render)));
        MyLetters mine = letters.myLetters();
        add(toMe(mine, time), write(mine), written(mine, time));
    }

    private Component write(MyLetters mine) {
        var section = section("letters.write.heading");
        if (mine.cannotWrite() != null) {
            var closed = new Paragraph(mine.cannotWrite());
            closed.addClassName("mw-empty-state");
            closed.getElement().setAttribute("role", "status");
            section.add(closed);
            return section;
        }
        section.add(new Paragraph(getTranslation("letters.write.how")));
        var kind = new RadioButtonGroup<LetterKind>(getTranslation("letters.write.kind"));
        kind.setItems(LetterKind.values());
        kind.setItemLabelGenerator(k -> LetterWords.kind(this, k));
        kind.setValue(LetterKind.APOLOGY);
        kind.addClassName("mw-letter-kind");
        var errors = new FieldErrors().bind("kind", kind);
        var start = new Button(getTranslation("letters.write.start"), click -> {
            try {
                var letterId = letters.startLetter(kind.getValue());
                getUI().ifPresent(ui -> ui.navigate(LetterView.class, letterId.toString()));
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClassName("mw-wide-button");
        section.add(kind, start);
        return section;
    }

    private Component toMe(MyLetters mine, PersonalTime time) {
        var section = section("letters.to-me.heading");
        if (mine.toMe().isEmpty()) {
            section.add(new Paragraph(getTranslation("letters.to-me.none")));
            return section;
        }
        var list = new UnorderedList();
        list.addClassName("mw-letter-list");
        for (MyLetters.ToMe letter : mine.toMe()) {
            if (letter.readable() && letter.kind() != null) {
                list.add(new ListItem(new RouterLink(
                        getTranslation(
                                "letters.to-me.released",
                                LetterWords.kind(this, letter.kind()),
                                letter.fromName(),
                                time.date(letter.at())),
                        ReceivedLetterView.class,
                        letter.letterId().toString())));
            } else {
                list.add(new ListItem(getTranslation("letters.to-me.for-session", letter.fromName())));
            }
        }
        section.add(list);
        return section;
    }

    private Component written(MyLetters mine, PersonalTime time) {
        var section = section("letters.written.heading");
        if (mine.written().isEmpty()) {
            section.add(new Paragraph(getTranslation("letters.written.none")));
            return section;
        }
        var list = new UnorderedList();
        list.addClassName("mw-letter-list");
        for (MyLetters.Written letter : mine.written()) {
            String state = letter.withdrawn()
                    ? getTranslation("letters.status.withdrawn")
                    : LetterWords.status(this, letter.status());
            list.add(new ListItem(new RouterLink(
                    getTranslation(
                            "letters.written.item",
                            LetterWords.kind(this, letter.kind()),
                            time.date(letter.savedAt()),
                            state),
                    LetterView.class,
                    letter.letterId().toString())));
        }
        section.add(list);
        return section;
    }

    private Section section(String headingKey) {
        var section = new Section(new H3(getTranslation(headingKey)));
        section.addClassName("mw-section");
        return section;
    }
}
