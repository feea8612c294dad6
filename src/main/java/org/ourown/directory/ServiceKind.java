package org.ourown.directory;

import java.util.Arrays;
import java.util.Optional;

/** Our published taxonomy of peer-run services (see domain.md); codes are stable and appear in URLs and HSDS. */
public enum ServiceKind {
    WARM_LINE("warm-line", "8084c2d3-31b7-589c-aaaf-c54827fe105f"),
    PEER_RESPITE("peer-respite", "21fbe896-09b3-5920-bfa3-16a116dea0e4"),
    CRISIS_ALTERNATIVE("crisis-alternative", "afd0c86c-57a2-50fe-a66d-6030977978a8"),
    DROP_IN("drop-in", "bc7da188-c2af-505f-bd5f-4e8344352aa1"),
    MUTUAL_SUPPORT_GROUP("mutual-support-group", "c9bf6a00-73ee-5eb7-ac62-bddd74829aea"),
    PEER_HOUSING("peer-housing", "e5822661-7b52-5b90-b06b-105dcfd265cc"),
    WELLNESS_PLANNING("wellness-planning", "e21a40f9-d5b4-5b21-9e95-6a011bdf8447"),
    INPATIENT_PEER("inpatient-peer", "c2d0e1c7-5ecc-5381-8aac-4c5539dbeb59"),
    PEER_SPECIALIST_TRAINING("peer-specialist-training", "2b60ffc2-38f6-50d3-8aae-0efef34dd34e"),
    ADVOCACY("advocacy", "58258739-4e48-5c5e-8f52-49af966ad114"),
    ONE_TO_ONE("one-to-one", "d2d93bec-27ad-5f1b-bcfd-dade1b9dae16");

    public static final String TAXONOMY_NAME = "OurOwn peer-run service kinds";
    public static final java.util.UUID TAXONOMY_ID = java.util.UUID.fromString("2fd30f07-008a-556b-8815-bc567d12da3e");

    private final String code;
    private final java.util.UUID termId;

    ServiceKind(String code, String termId) {
        this.code = code;
        this.termId = java.util.UUID.fromString(termId);
    }

    /** Its HSDS taxonomy term id (stable; created by the directory's migrations). */
    public java.util.UUID termId() {
        return termId;
    }

    public String code() {
        return code;
    }

    /** The message key of its name ({@code kind.warm-line}) and description ({@code kind.warm-line.text}). */
    public String messageKey() {
        return "kind." + code;
    }

    public static Optional<ServiceKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
