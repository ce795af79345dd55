package org.mendwell.agreements;

/** A client's promises over the last four weeks, for the caseload: kept days of the marked ones. */
public record KeptLately(int kept, int marked) {}
