package org.partnershipledger.web.security;

/** The signed-in user may not do what they asked; the message says why, for the 403 answer. */
public class AccessRefused extends RuntimeException {

    public AccessRefused(String reason) {
        super(reason);
    }
}
