package org.ourown.members;

import org.ourown.shared.Paging;

/** The member's access log: what anyone other than the member did with their record, from the audit trail. */
public interface AccessLog {

    /** The signed-in member's log, newest first; their own reads are not in it. */
    Paging<AccessLogEntry> mine(int page, int size);
}
