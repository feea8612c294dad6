package org.ourown.warmline.web;

import org.ourown.warmline.BlockRequest;

/** The block form on a chat's page; the facade checks it, so that the page and the API refuse the same things. */
record BlockForm(String duration, String reason) {

    static BlockForm blank() {
        return new BlockForm("TWO_HOURS", "");
    }

    BlockRequest request() {
        return new BlockRequest(duration, reason);
    }
}
