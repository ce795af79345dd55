/**
 * Every word a person reads, in their language. How to use it:
 *
 * <ul>
 *   <li><b>Bundles.</b> One per feature under {@code src/main/resources/messages/}: {@code <feature>.properties}
 *       (English, the default) and {@code <feature>_es.properties} (Spanish), with the same keys, each starting with
 *       the feature's name ({@code intake.step.about.heading}). {@code BundlesTest} checks both.
 *   <li><b>Patterns.</b> Every text is a {@link java.text.MessageFormat} pattern: arguments {@code {0}}, numbers
 *       {@code {0,number,integer}}, plurals {@code {0,choice,0#no answers|1#one answer|1<{0} answers}}; an
 *       apostrophe is written twice ({@code don''t}) or typographic ({@code don’t}). Dates and times are formatted by
 *       {@code PersonalTime} first and passed in as text.
 *   <li><b>Views</b> call {@code getTranslation(key, args...)}, which reads the page's language (set when the page
 *       opens: {@code PageLanguage}). Page titles: implement {@code TranslatedTitle} instead of {@code @PageTitle};
 *       {@code @Menu(title = key)} takes a key. {@code UntranslatedTextTest} fails on a literal text in a view.
 *   <li><b>Services</b> that word a message a view shows (a validation message next to a field) call
 *       {@link org.mendwell.shared.i18n.Messages#viewer}; e-mails call {@link org.mendwell.shared.i18n.Messages#text}
 *       with the recipient's locale ({@link org.mendwell.shared.i18n.ViewerLanguage#recipientLocale} with the
 *       account's language from {@code AccountLanguages}).
 *   <li><b>Constraints and validators</b> name a message key instead of English text:
 *       {@code @NotBlank(message = "shared.email.required")}, with at most one argument after a colon
 *       ({@code @Size(max = 120, message = "shared.name.too-long:{max}")}); {@code InputValidator} words them in the
 *       viewer's language through {@link org.mendwell.shared.i18n.Messages#viewerProblem}. A refusal's constant is
 *       a key too, worded where it is thrown ({@code Messages.ofPage(CANNOT_INVITE)}).
 *   <li><b>Spanish</b> addresses the reader as <i>usted</i>, as Spanish-language health material does, in
 *       plain, warm words; the clinician is "su terapeuta".
 *   <li><b>Pseudo-locale.</b> With {@code mendwell.i18n.pseudo-locale=true} (tests), a browser asking for
 *       {@code en-XA} gets English 40 % longer with accents, to find cut-off and never-translated text.
 * </ul>
 */
@NullMarked
package org.mendwell.shared.i18n;

import org.jspecify.annotations.NullMarked;
