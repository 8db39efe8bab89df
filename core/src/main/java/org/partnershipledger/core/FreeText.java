package org.partnershipledger.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text written by a person that may say anything (minutes, reasons, notes, descriptions), so it may name
 * or describe people. It is withheld from researchers unless the partnership decided in agreement to open
 * its history to research; text that is one person's personal data is also marked {@link Personal}. On a record component it
 * reaches the field, the accessor and the constructor parameter, so serializers see it however they look.
 * Names of partnerships and organisations, a partnership's stated purpose and the signed agreement's text
 * are public to research and are not marked; diary text is never shown beyond its readers and is handled
 * apart.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface FreeText {}
