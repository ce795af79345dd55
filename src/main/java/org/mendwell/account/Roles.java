package org.mendwell.account;

/**
 * Role names for {@code @RolesAllowed} on views and {@code @PreAuthorize} on services: the one place they
 * are spelled.
 * They match {@link Role}'s constants; Spring Security adds the {@code ROLE_} prefix.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String CLINICIAN = "CLINICIAN";
    public static final String CLIENT = "CLIENT";

    /*
     * Expressions for @PreAuthorize on services. Services use @PreAuthorize rather than @RolesAllowed
     * because JSR-250 method security would also proxy the views, which carry @RolesAllowed for Vaadin.
     */
    public static final String IS_ADMIN = "hasRole('" + ADMIN + "')";
    public static final String IS_CLINICIAN = "hasRole('" + CLINICIAN + "')";
    public static final String IS_CLIENT = "hasRole('" + CLIENT + "')";

    private Roles() {}
}
