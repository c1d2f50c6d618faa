/** Bean Validation of drafts into {@code FieldErrors}, and the checks forms and services share. */
@NamedInterface("validation")
package dev.wecruit.platform.validation;

import org.springframework.modulith.NamedInterface;
