package org.partnershipledger.query.person;

/**
 * A person as the register knows them now: their name and contact details, or that they were erased
 * (then every detail is null). Personal data: only for readers who may know who the person is.
 */
public record PersonView(String id, String name, String email, String phone, String organisation, boolean erased) {

    @Override
    public String toString() {
        return "PersonView[id=" + id + ", erased=" + erased + ", (personal data)]";
    }
}
