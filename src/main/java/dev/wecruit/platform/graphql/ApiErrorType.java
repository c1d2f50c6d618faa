package dev.wecruit.platform.graphql;

import graphql.ErrorClassification;

/**
 * The {@code classification} of every error the API answers with, in each error's {@code extensions}: clients
 * branch on it, never on the message.
 */
public enum ApiErrorType implements ErrorClassification {
    /** The input breaks a rule; {@code extensions.fields} has a message per field. Nothing was written. */
    VALIDATION,
    /** No such record: also the answer for another firm's records. */
    NOT_FOUND,
    /** The record changed since the version the client sent; read it again. Nothing was written. */
    CONFLICT,
    /** The credential's role may not do or read this. */
    FORBIDDEN,
    /** The request itself is malformed: a bad cursor, a page too large, a query too deep or too complex. */
    BAD_REQUEST,
    /** The credential sent too many requests; {@code extensions.retryAfterSeconds} says when to try again. */
    RATE_LIMITED,
    /** Our fault: logged with the error's id, which the message gives. */
    INTERNAL
}
