package org.partnershipledger.web.api;

import java.net.URI;
import org.partnershipledger.web.partnership.PartnershipController;
import org.springframework.web.util.UriComponentsBuilder;

/** Where a resource recorded under a partnership can be found. */
public final class Locations {

    private Locations() {}

    public static URI underPartnership(String partnershipId, String... segments) {
        StringBuilder template = new StringBuilder(PartnershipController.PATH + "/{partnershipId}");
        Object[] values = new Object[segments.length + 1];
        values[0] = partnershipId;
        for (int i = 0; i < segments.length; i++) {
            template.append("/{s").append(i).append('}');
            values[i + 1] = segments[i];
        }
        return UriComponentsBuilder.fromPath(template.toString())
                .buildAndExpand(values)
                .toUri();
    }
}
