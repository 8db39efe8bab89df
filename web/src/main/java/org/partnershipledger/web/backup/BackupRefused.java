package org.partnershipledger.web.backup;

/** An export or import that was not done, and why, as the operator reads it. */
class BackupRefused extends RuntimeException {

    BackupRefused(String reason) {
        super(reason);
    }
}
