package dev.wecruit.companies;

/** Where a company stands with the firm. */
public enum CompanyStatus {
    /** Being courted: no mandate yet. */
    PROSPECT,
    /** Has given the firm work. */
    CLIENT,
    /** No longer works with the firm. */
    FORMER
}
