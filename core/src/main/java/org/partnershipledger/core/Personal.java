package org.partnershipledger.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that is one person's personal data: stored encrypted with that person's key, so destroying the key
 * erases it everywhere the ledger keeps it (crypto-shredding) while the event itself stays on record.
 * {@code subject} names the component that says whose data it is (a {@link PersonId}, or the
 * {@link PartnerId} of a citizen partner, who is a person); {@code when}, if given, names a boolean
 * component or method that must be true (a reason the person marked personal, a partner that is a
 * citizen). Once erased the text reads {@link #ERASED}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Personal {

    /** What an erased person's text reads. */
    String ERASED = "[erased]";

    String subject();

    String when() default "";
}
