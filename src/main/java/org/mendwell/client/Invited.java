package org.mendwell.client;

import org.jspecify.annotations.Nullable;
import org.mendwell.account.InvitationLink;

/** The result of an invitation: the new client, their link, and the partner invited with them, if any. */
public record Invited(
        CaseloadRow client,
        InvitationLink link,
        @Nullable CaseloadRow partner,
        @Nullable InvitationLink partnerLink) {}
