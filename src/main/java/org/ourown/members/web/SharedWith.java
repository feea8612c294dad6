package org.ourown.members.web;

import java.util.List;
import org.ourown.members.ConsentView;
import org.ourown.members.Consents;
import org.ourown.members.RecordPart;

/** Who may read a part of the member's record right now, from the member's own consents. */
final class SharedWith {

    private SharedWith() {}

    static List<ConsentView> now(Consents consents, RecordPart part) {
        return now(consents.mine(), part);
    }

    static List<ConsentView> now(List<ConsentView> mine, RecordPart part) {
        return mine.stream()
                .filter(consent -> consent.active() && consent.parts().contains(part))
                .toList();
    }
}
