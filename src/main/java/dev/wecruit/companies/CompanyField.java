package dev.wecruit.companies;

/** What a list of companies can be filtered and ordered by. */
public enum CompanyField {
    NAME,
    INDUSTRY,
    LOCATION,
    STATUS,
    OWNER,
    CREATED_AT,
    UPDATED_AT
}
