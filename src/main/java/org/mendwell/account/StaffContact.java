package org.mendwell.account;

/** A member of staff a client may be told to contact. */
public record StaffContact(String name, String email) {}
