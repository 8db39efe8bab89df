package org.partnershipledger.core.person;

import java.util.regex.Pattern;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.Name;
import org.partnershipledger.core.Values;

/**
 * What the ledger knows of a person: a name, and if they gave them an e-mail address, a phone number and
 * the organisation they come from. All of it is personal data.
 */
public record PersonDetails(@Name String name, String email, String phone, @Name String organisation) {

    // Loose on purpose: the ledger only needs to tell a typing slip from an address, not to deliver mail.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{3,30}");

    public PersonDetails {
        name = Values.requireText(name, "name");
        email = optional(email);
        phone = optional(phone);
        organisation = optional(organisation);
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new InvalidValueException("email", "must be an e-mail address such as name@example.dk");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidValueException("phone", "must be a phone number: digits, spaces, ( ) - and a leading +");
        }
        if (name.length() > 200) {
            throw new InvalidValueException("name", "must be at most 200 characters");
        }
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "PersonDetails[(personal data)]";
    }
}
