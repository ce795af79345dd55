package org.mendwell.shared.audit;

/** A page refused someone (signed in or not); published so that the audit trail records it. */
public record AccessRefused(String route) {}
